namespace OutlookFollowUp.Core.Content;

/// <summary>
/// The one normal form for tags on both sides of matching (trim, lower-case invariant, no empties), used by content
/// items and by <c>ProspectTags.Normalized()</c>, so an item tagged "Hiring " meets a prospect who cares about "hiring".
/// </summary>
public static class ContentTags
{
    /// <summary>Normalized, without duplicates, in ordinal order so stored and compared forms are stable.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string>? tags) =>
        tags is null
            ? []
            : [.. tags
                .Where(t => t is not null)
                .Select(t => t.Trim().ToLowerInvariant())
                .Where(t => t.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)];
}
