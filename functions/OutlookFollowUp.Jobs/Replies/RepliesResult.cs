namespace OutlookFollowUp.Jobs.Replies;

/// <summary>
/// One reply check: active-plan entries read, mailboxes they span, plans whose thread was queried, plans paused because
/// the prospect replied, plans shifted by an out-of-office, plans that failed (or waited for an unavailable mailbox),
/// stale entries dropped, and the time taken.
/// </summary>
public sealed record RepliesResult(
    int Entries, int Mailboxes, int Checked, int Reengaged, int Shifted, int Failed, int StaleDropped, TimeSpan Elapsed);
