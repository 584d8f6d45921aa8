namespace OutlookFollowUp.Core.Planning;

/// <summary>
/// Decides which of a plan's follow-ups carry the value proposition, so that the reason's share holds.
/// </summary>
/// <remarks>
/// The count is the share of the follow-ups, rounded to the nearest whole. The value-proposition follow-ups are
/// spread evenly and weighted towards the end: the first follow-up is purely helpful unless the share is 100%,
/// because help given first is what earns the later pitch an open-minded reading.
/// </remarks>
internal static class ValuePropositionMix
{
    public static IReadOnlyList<bool> For(int followUps, double share)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(followUps);
        share = Math.Clamp(share, 0, 1);
        var count = (int)Math.Round(share * followUps, MidpointRounding.AwayFromZero);
        if (share < 1)
        {
            count = Math.Min(count, Math.Max(0, followUps - 1));
        }

        // Follow-up i carries it when the running quota floor(i * count / n) steps up there, which spreads the
        // picks evenly, always includes the last one and never the first while count < n.
        return [.. Enumerable.Range(0, followUps).Select(i => (i + 1) * count / followUps > i * count / followUps)];
    }
}
