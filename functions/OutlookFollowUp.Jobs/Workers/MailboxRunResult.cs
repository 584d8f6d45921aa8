namespace OutlookFollowUp.Jobs.Workers;

/// <summary>
/// What one worker run did in one mailbox. <see cref="HeldElsewhere"/> are steps another live claim holds;
/// <see cref="Conflicts"/> are plans that kept changing under the claim and were left for the next sweep.
/// </summary>
public sealed record MailboxRunResult(
    int Hints, int Stale, int Claimed, int Done, int Failed, int Parked, int HeldElsewhere, int Conflicts, TimeSpan Elapsed);
