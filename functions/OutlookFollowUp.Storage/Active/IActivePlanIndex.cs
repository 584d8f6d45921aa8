namespace OutlookFollowUp.Storage.Active;

/// <summary>
/// The plans that are active, across all reps, so the reply check reads only those instead of scanning the
/// rep-partitioned plans table. Entries are written by <see cref="Plans.IPlanRepository.SaveAsync"/>, outside the
/// plan's transaction: an entry may name a plan that was paused, closed or deleted since, so a reader checks the plan
/// and removes such entries.
/// </summary>
public interface IActivePlanIndex
{
    /// <summary>Every entry, rep by rep; only the keys are read.</summary>
    IAsyncEnumerable<(RepId Rep, string PlanId)> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes an entry found stale; an entry already gone is not an error. The plan is checked after the delete and the
    /// entry written back if the plan is active by then (resumed meanwhile).
    /// </summary>
    Task RemoveAsync(RepId rep, string planId, CancellationToken cancellationToken = default);
}
