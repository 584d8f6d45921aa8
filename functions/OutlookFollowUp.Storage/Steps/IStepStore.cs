using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Storage.Steps;

/// <summary>
/// What the sweep writes about steps while it runs them: claims (leases), outcomes, and the content already sent to a
/// prospect. Every write is one transaction with the plan row, guarded by the plan's ETag (<see cref="PlanRecord.Version"/>),
/// so a step is never changed behind the back of a reader of its plan — the API re-planning or pausing it, or another
/// worker claiming it. The due index is not touched; callers remove an entry once its step no longer needs it.
/// </summary>
public interface IStepStore
{
    /// <summary>
    /// The plan with only the named steps that exist (<see cref="PlanRecord.IsPartial"/>), by point reads: the plan row
    /// first, then each step row, so a write in between shows as a changed version and a write based on this read
    /// fails. Null when the plan does not exist.
    /// </summary>
    Task<PlanRecord?> GetStepsAsync(RepId rep, string planId, IReadOnlyCollection<int> stepNumbers, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims steps for one worker: each gets <see cref="StepRecord.LeaseUntil"/> = <paramref name="leaseUntil"/>,
    /// one more <see cref="StepRecord.Attempts"/>, and <see cref="StepRecord.StartedAt"/> = <paramref name="now"/> on its first claim. Whether a step may be claimed is the caller's judgement (see
    /// <see cref="StepLease.IsClaimable"/>); the ETag makes sure that judgement was made on the current plan.
    /// </summary>
    /// <returns>The plan as stored, with its new version.</returns>
    /// <exception cref="ConcurrencyConflictException">The plan changed since it was read; nothing was written.</exception>
    Task<PlanRecord> ClaimAsync(
        PlanRecord plan, IReadOnlyCollection<int> stepNumbers, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the given steps of the plan (matched by number) and records <paramref name="sent"/> content, in one
    /// transaction with the plan row: how a worker records that a step is done, failed or parked.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The plan changed since it was read; nothing was written.</exception>
    /// <exception cref="ArgumentException">A step is not one of the plan's steps.</exception>
    Task<PlanRecord> SaveStepsAsync(
        PlanRecord plan, IReadOnlyList<StepRecord> steps, IReadOnlyList<SentContent>? sent = null, CancellationToken cancellationToken = default);

    /// <summary>Ids of the content items already put in a draft for this prospect by any of the rep's plans (one point read).</summary>
    Task<IReadOnlySet<string>> GetSentContentAsync(RepId rep, string prospectEmail, CancellationToken cancellationToken = default);
}
