namespace OutlookFollowUp.Storage.Plans;

/// <summary>
/// The marked thread as Outlook and Graph name it. These are raw strings with any characters (slashes, '+', '=',
/// control characters); they are stored as property values only, never in keys. <see cref="ItemId"/> is the REST id
/// of the marked message. <see cref="ConversationId"/> is what Office.js reported (the plan is keyed by it);
/// <see cref="GraphConversationId"/> is the id Graph gives the marked message's conversation, learnt on the first reply
/// check, because an Outlook client may report the conversation in another form than Graph filters by.
/// </summary>
public sealed record ThreadRef(string ConversationId, string ItemId, string? InternetMessageId, string? Subject, string? GraphConversationId = null);
