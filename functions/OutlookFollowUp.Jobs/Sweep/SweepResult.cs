namespace OutlookFollowUp.Jobs.Sweep;

/// <summary>
/// One sweep: due entries read, mailboxes given a message, entries left for the next sweep because a message carries at
/// most <see cref="JobsOptions.MaxStepsPerMessage"/>, stale entries workers dropped since the last sweep, and the time taken.
/// </summary>
public sealed record SweepResult(int DueEntries, int MailboxesEnqueued, int Deferred, int StaleDropped, TimeSpan Elapsed);
