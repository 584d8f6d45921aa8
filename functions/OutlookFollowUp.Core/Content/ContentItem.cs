namespace OutlookFollowUp.Core.Content;

/// <summary>
/// One entry of a tenant's content library. <see cref="Id"/> is given by the admin and stays stable, because the
/// ids already sent to a prospect are what keeps the product from sending the same item twice.
/// <see cref="AboutProduct"/> separates value-proposition items from purely helpful ones.
/// Construct with an object initializer; <see cref="ContentItemRules"/> says whether the values are acceptable.
/// </summary>
public sealed record ContentItem
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Where the item lives; <see cref="ContentItemRules"/> accepts only absolute http or https links.</summary>
    public required Uri Url { get; init; }

    public string Summary { get; init; } = "";

    public ContentKind Kind { get; init; } = ContentKind.Article;

    /// <summary>Goals, challenges, interests, industry and size, normalized on the way in (see <see cref="ContentTags"/>).</summary>
    public IReadOnlyList<string> Tags { get; init => field = ContentTags.Normalize(value); } = [];

    public bool AboutProduct { get; init; }
}
