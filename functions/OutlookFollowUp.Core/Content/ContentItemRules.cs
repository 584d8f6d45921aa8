namespace OutlookFollowUp.Core.Content;

/// <summary>
/// What a content item must look like before it is stored. Errors are keyed by the JSON field name, in the shape
/// ASP.NET Core's validation problem expects, so the admin API can return them as a 400 unchanged.
/// </summary>
public static class ContentItemRules
{
    public const int MaxIdLength = 64;
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 1000;
    public const int MaxTags = 30;
    public const int MaxTagLength = 50;
    public const int MaxLibrarySize = 5000;

    /// <summary>Field-named errors for one item; empty when the item is acceptable.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(ContentItem item)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Collect(item, prefix: "", errors);
        return errors;
    }

    /// <summary>
    /// Field-named errors for a whole library, including duplicate ids. Item <c>i</c>'s fields are prefixed with
    /// <paramref name="itemField"/>(i) and a dot: <c>items[i]</c> unless the caller names its items otherwise (an
    /// upload's <c>[3]</c> or <c>line 4</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Validate(IReadOnlyList<ContentItem> library, Func<int, string>? itemField = null)
    {
        itemField ??= i => $"items[{i}]";
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (library.Count > MaxLibrarySize)
        {
            errors["items"] = [$"A library holds at most {MaxLibrarySize} items."];
            return errors;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < library.Count; i++)
        {
            var prefix = itemField(i) + ".";
            Collect(library[i], prefix, errors);
            if (library[i].Id is { } id && !seen.Add(id))
            {
                Add(errors, prefix + "id", $"The id '{id}' is used by an earlier item.");
            }
        }

        return errors;
    }

    private static void Collect(ContentItem item, string prefix, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(item.Id))
            Add(errors, prefix + "id", "An id is required.");
        else if (item.Id.Length > MaxIdLength || !item.Id.All(IsIdChar))
            Add(errors, prefix + "id", $"Use up to {MaxIdLength} letters, digits, '-', '_' or '.'.");

        if (string.IsNullOrWhiteSpace(item.Title))
            Add(errors, prefix + "title", "A title is required.");
        else if (item.Title.Length > MaxTitleLength)
            Add(errors, prefix + "title", $"A title has at most {MaxTitleLength} characters.");
        else if (item.Title.Any(char.IsControl))
            Add(errors, prefix + "title", "A title cannot contain control characters or line breaks.");

        if (!WebLink.IsSafe(item.Url))
            Add(errors, prefix + "url", $"Use an absolute http or https link of at most {WebLink.MaxLength} characters, without a user name.");

        if (item.Summary is { Length: > MaxSummaryLength })
            Add(errors, prefix + "summary", $"A summary has at most {MaxSummaryLength} characters.");

        if (!Enum.IsDefined(item.Kind))
            Add(errors, prefix + "kind", "Unknown kind of content.");

        if (item.Tags.Count > MaxTags)
            Add(errors, prefix + "tags", $"An item has at most {MaxTags} tags.");
        else if (item.Tags.FirstOrDefault(t => t.Length > MaxTagLength || t.Any(char.IsControl)) is { } bad)
            Add(errors, prefix + "tags", $"A tag has at most {MaxTagLength} characters and no control characters; '{Shorten(bad)}' does not fit.");
    }

    // Ids end up in storage keys and in the list of items sent to a prospect; a small alphabet keeps them safe there.
    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';

    private static string Shorten(string tag) =>
        new string([.. tag.Take(MaxTagLength).Where(c => !char.IsControl(c))]) + (tag.Length > MaxTagLength ? "…" : "");

    private static void Add(Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
}
