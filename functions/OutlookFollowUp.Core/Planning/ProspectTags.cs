using OutlookFollowUp.Core.Content;

namespace OutlookFollowUp.Core.Planning;

/// <summary>What the prospect cares about, in the rep's words: the basis of goal-specific follow-ups.</summary>
public sealed record ProspectTags(IReadOnlyList<string> Goals, IReadOnlyList<string> Challenges, IReadOnlyList<string> Interests)
{
    public static ProspectTags None { get; } = new([], [], []);

    /// <summary>Every tag, trimmed and lower-cased, without duplicates: the form content matching compares.</summary>
    public IReadOnlySet<string> Normalized() =>
        ContentTags.Normalize(Goals.Concat(Challenges).Concat(Interests)).ToHashSet(StringComparer.Ordinal);
}
