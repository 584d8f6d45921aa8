using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Core.Content;

/// <summary>
/// Chooses what a follow-up shares, from one tenant's library. The order of preference:
/// <list type="number">
/// <item>never an item already sent to this prospect;</item>
/// <item>the wanted kind (value proposition or purely helpful); when nothing unsent of that kind is left, the other
/// kind, because a relevant item of the other kind serves the prospect better than a skipped follow-up;</item>
/// <item>the most tags shared with the prospect's goals, challenges and interests;</item>
/// <item>a kind the reason's emphasis prefers, earlier in its list first;</item>
/// <item>the id in ordinal order, so the same inputs always give the same choice.</item>
/// </list>
/// Items that share no tag are still candidates, after all that do: something helpful beats nothing.
/// Null only when the library is empty or every item was already sent.
/// </summary>
public sealed class ContentMatcher
{
    private readonly IReadOnlyList<ContentItem> _library;

    /// <exception cref="ArgumentException">Two items share an id; "already sent" would be ambiguous.</exception>
    public ContentMatcher(IEnumerable<ContentItem> library)
    {
        _library = [.. library];
        var duplicate = _library.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"The id '{duplicate.Key}' is used by more than one item.", nameof(library));
    }

    /// <summary>Picks the item for one follow-up, or null when nothing unsent is left.</summary>
    /// <param name="prospectTags">The prospect's tags in normalized form (<c>ProspectTags.Normalized()</c>).</param>
    /// <param name="alreadySent">Ids of items already sent to this prospect, across all plans.</param>
    /// <param name="valueProposition">The step's <c>PlanStep.ValueProposition</c>: whether it should be about the product.</param>
    /// <param name="emphasis">The reason's emphasis; its preferred kinds break ties between equally relevant items.</param>
    public ContentMatch? Pick(IReadOnlySet<string> prospectTags, IReadOnlySet<string> alreadySent, bool valueProposition, ContentEmphasis emphasis)
    {
        var unsent = _library.Where(i => !alreadySent.Contains(i.Id)).ToList();
        var wanted = unsent.Where(i => i.AboutProduct == valueProposition).ToList();
        var candidates = wanted.Count > 0 ? wanted : unsent;
        if (candidates.Count == 0)
            return null;

        var (item, matched) = candidates
            .Select(item => (Item: item, Matched: item.Tags.Where(prospectTags.Contains).ToList()))
            .OrderByDescending(c => c.Matched.Count)
            .ThenBy(c => KindRank(c.Item.Kind, emphasis.PreferredKinds))
            .ThenBy(c => c.Item.Id, StringComparer.Ordinal)
            .First();

        return new ContentMatch(item, matched, WantedKind: wanted.Count > 0);
    }

    /// <summary>
    /// Picks for several follow-ups in order (one entry per follow-up: whether it wants a value proposition),
    /// treating each pick as sent before the next, so a sequence never repeats an item. Entries are null once the
    /// library has nothing unsent left.
    /// </summary>
    public IReadOnlyList<ContentMatch?> PickSequence(
        IReadOnlySet<string> prospectTags, IReadOnlySet<string> alreadySent, IEnumerable<bool> valuePropositionPerFollowUp, ContentEmphasis emphasis)
    {
        var sent = new HashSet<string>(alreadySent, StringComparer.Ordinal);
        var picks = new List<ContentMatch?>();
        foreach (var valueProposition in valuePropositionPerFollowUp)
        {
            var match = Pick(prospectTags, sent, valueProposition, emphasis);
            if (match is not null)
                sent.Add(match.Item.Id);
            picks.Add(match);
        }

        return picks;
    }

    private static int KindRank(ContentKind kind, IReadOnlyList<ContentKind> preferred)
    {
        for (var i = 0; i < preferred.Count; i++)
        {
            if (preferred[i] == kind)
                return i;
        }

        return preferred.Count;
    }
}
