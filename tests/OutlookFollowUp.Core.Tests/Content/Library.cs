using OutlookFollowUp.Core.Content;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Core.Tests.Content;

/// <summary>Small builders so each test's library reads as a list of ids, tags and kinds.</summary>
internal static class Library
{
    public static ContentEmphasis NoPreference { get; } = new("none", [], 0.5);

    public static ContentItem Item(string id, string[] tags, bool aboutProduct = false, ContentKind kind = ContentKind.Article) =>
        new()
        {
            Id = id,
            Title = $"Title of {id}",
            Url = new Uri($"https://content.example/{id}"),
            Summary = $"Summary of {id}",
            Kind = kind,
            Tags = tags,
            AboutProduct = aboutProduct,
        };

    public static IReadOnlySet<string> Tags(params string[] tags) => tags.ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> None { get; } = new HashSet<string>(StringComparer.Ordinal);
}
