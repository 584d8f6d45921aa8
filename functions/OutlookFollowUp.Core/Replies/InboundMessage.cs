namespace OutlookFollowUp.Core.Replies;

/// <summary>
/// An inbound message of the marked thread, as the reply check reads it from Graph: enough to tell who wrote it,
/// whether a person or an autoresponder did, and what an out-of-office says about the return date.
/// </summary>
public sealed record InboundMessage(
    string Id,
    string FromAddress,
    string? FromName,
    DateTimeOffset ReceivedAt,
    string Subject,
    string BodyText,
    IReadOnlyList<KeyValuePair<string, string>> Headers);
