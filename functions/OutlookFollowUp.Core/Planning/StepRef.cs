namespace OutlookFollowUp.Core.Planning;

/// <summary>
/// A step named the way a manager reads it: its kind and its place among the plan's steps of that kind, in due order
/// (the second follow-up is <c>(FollowUp, 2)</c>).
/// </summary>
public sealed record StepRef(StepKind Kind, int Ordinal)
{
    /// <summary>
    /// The last step that had run (<see cref="PlanStep.HasRun"/>) and was due at or before <paramref name="at"/>: what
    /// a prospect's reply at that instant came after. Null when nothing had run yet.
    /// </summary>
    public static StepRef? LastRunBefore(IEnumerable<PlanStep> steps, DateTimeOffset at) =>
        Named(steps).LastOrDefault(n => n.Step.HasRun && n.Step.DueAt <= at).Ref;

    /// <summary>Step <paramref name="number"/> of the plan, named.</summary>
    /// <exception cref="InvalidOperationException">The plan has no such step.</exception>
    public static StepRef Of(IEnumerable<PlanStep> steps, int number) =>
        Named(steps).Single(n => n.Step.Number == number).Ref;

    private static IEnumerable<(PlanStep Step, StepRef Ref)> Named(IEnumerable<PlanStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var ordinals = new Dictionary<StepKind, int>();
        foreach (var step in steps.OrderBy(s => s.DueAt).ThenBy(s => s.Number))
        {
            var ordinal = ordinals[step.Kind] = ordinals.GetValueOrDefault(step.Kind) + 1;
            yield return (step, new StepRef(step.Kind, ordinal));
        }
    }
}
