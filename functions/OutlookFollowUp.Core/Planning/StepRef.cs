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
    public static StepRef? LastRunBefore(IEnumerable<PlanStep> steps, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(steps);
        StepRef? last = null;
        var ordinals = new Dictionary<StepKind, int>();
        foreach (var step in steps.OrderBy(s => s.DueAt).ThenBy(s => s.Number))
        {
            var ordinal = ordinals[step.Kind] = ordinals.GetValueOrDefault(step.Kind) + 1;
            if (step.HasRun && step.DueAt <= at)
            {
                last = new StepRef(step.Kind, ordinal);
            }
        }

        return last;
    }
}
