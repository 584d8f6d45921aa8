using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Core.Planning;

/// <summary>Turns a "no" into an ordered plan of steps with due instants (UTC).</summary>
public sealed class PlanBuilder(ReasonCatalog catalog, TimeProvider time)
{
    /// <summary>Builds the plan for a fresh mark, steps ordered by due instant.</summary>
    public IReadOnlyList<PlanStep> Build(NoMark mark, PlanningContext context) =>
        throw new NotImplementedException($"{catalog}{time}{mark}{context}");

    /// <summary>
    /// Re-plans after the mark changed (for instance a new reason): steps that already ran are kept as they are,
    /// steps that had not run are dropped, and the new steps get numbers after the highest existing one.
    /// </summary>
    public IReadOnlyList<PlanStep> Replan(IReadOnlyList<PlanStep> existing, NoMark mark, PlanningContext context) =>
        throw new NotImplementedException($"{existing}{mark}{context}");
}
