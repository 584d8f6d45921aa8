namespace OutlookFollowUp.Jobs.Replies;

/// <summary>
/// One reply check: active-plan entries read, mailboxes they span, plans whose thread was queried, plans paused because
/// the prospect replied, plans shifted by an out-of-office, plans that failed (or waited for an unavailable mailbox),
/// stale entries dropped, plans left for the next run because the sweep was working their mailbox, and the time taken.
/// </summary>
public sealed record RepliesResult(
    int Entries, int Mailboxes, int Checked, int Reengaged, int Shifted, int Failed, int StaleDropped, int Busy, TimeSpan Elapsed);
