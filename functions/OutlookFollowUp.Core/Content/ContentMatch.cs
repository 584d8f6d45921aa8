namespace OutlookFollowUp.Core.Content;

/// <summary>
/// The item chosen for one follow-up. <see cref="MatchedTags"/> are the prospect's tags the item covers (the "why it
/// fits" line of the message); <see cref="WantedKind"/> is false when the library had nothing unsent of the wanted
/// kind (helpful or value proposition) and the other kind was used instead.
/// </summary>
public sealed record ContentMatch(ContentItem Item, IReadOnlyList<string> MatchedTags, bool WantedKind);
