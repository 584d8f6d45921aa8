using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Storage.Plans;

/// <summary>
/// A planned step and what running it left behind: the mailbox item it created (an immutable id), failed attempts
/// with the last error, and the lease of a worker that has claimed it (a crashed worker's lease simply expires).
/// <see cref="StartedAt"/> is when a worker first claimed it: anything the step made in the mailbox is younger.
/// <see cref="Outcome"/> is what the rep recorded after a callback (at <see cref="OutcomeAt"/>).
/// </summary>
public sealed record StepRecord(
    PlanStep Step,
    string? MailboxItemId = null,
    int Attempts = 0,
    string? LastError = null,
    DateTimeOffset? LeaseUntil = null,
    DateTimeOffset? StartedAt = null,
    CallbackOutcome? Outcome = null,
    DateTimeOffset? OutcomeAt = null);
