using OutlookFollowUp.Core.Content;

namespace OutlookFollowUp.Core.Reasons;

/// <summary>
/// What follow-ups for a reason should lean on: preferred kinds of content, and how large a share of the
/// follow-ups may be about the product itself (the rest is purely helpful, goal-specific material).
/// </summary>
public sealed record ContentEmphasis(string Summary, IReadOnlyList<ContentKind> PreferredKinds, double ValuePropositionShare);
