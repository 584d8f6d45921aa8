namespace OutlookFollowUp.Storage.Plans;

/// <summary>
/// The marked thread as Outlook and Graph name it. These are raw strings with any characters (slashes, '+', '=',
/// control characters); they are stored as property values only, never in keys. <see cref="ItemId"/> is the REST id
/// of the marked message.
/// </summary>
public sealed record ThreadRef(string ConversationId, string ItemId, string? InternetMessageId, string? Subject);
