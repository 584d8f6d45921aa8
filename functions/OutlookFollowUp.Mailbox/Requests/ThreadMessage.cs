namespace OutlookFollowUp.Mailbox.Requests;

/// <summary>A message of a thread as the reply check needs it.</summary>
/// <param name="Id">The message's immutable id, for <see cref="IMailboxGateway.FlagReplyAsync"/>.</param>
/// <param name="FromAddress">The sender's address; null when Graph gives none.</param>
/// <param name="FromName">The sender's display name; null when Graph gives none.</param>
/// <param name="ReceivedAt">When the mailbox received it.</param>
/// <param name="Subject">As received, e.g. "RE: …" or "Automatic reply: …".</param>
/// <param name="BodyText">The message's own text (without the quoted thread where Graph can tell), as plain text,
/// at most <see cref="MaxBodyText"/> characters.</param>
/// <param name="Headers">The internet message headers, in order; automatic replies are told apart by these.</param>
/// <param name="Categories">The Outlook categories it carries now.</param>
public sealed record ThreadMessage(
    string Id,
    string? FromAddress,
    string? FromName,
    DateTimeOffset ReceivedAt,
    string Subject,
    string BodyText,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    IReadOnlyList<string> Categories)
{
    /// <summary>Enough to tell a reply from an out-of-office and to read a return date; the rest stays in Outlook.</summary>
    public const int MaxBodyText = 4000;

    /// <summary>
    /// The most messages one read returns, oldest first: a caller that gets this many goes on from the newest of them
    /// next time, so a long thread cannot hide a later reply.
    /// </summary>
    public const int MaxPerRead = 50;
}
