using System.Text.RegularExpressions;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>
/// The slice of OData $orderby the product uses: one date property, ascending or descending. Without $orderby a list
/// keeps the mailbox's own order (newest first), as Graph's mail lists do.
/// </summary>
internal sealed partial class ODataOrderBy
{
    private static readonly string[] DateProperties = ["receivedDateTime", "createdDateTime", "lastModifiedDateTime"];

    private readonly string? property;
    private readonly bool descending;

    private ODataOrderBy(string? property, bool descending)
    {
        this.property = property;
        this.descending = descending;
    }

    public static ODataOrderBy None { get; } = new(null, false);

    /// <exception cref="FormatException">Anything but one supported date property with an optional direction.</exception>
    public static ODataOrderBy Parse(string? orderBy)
    {
        if (string.IsNullOrWhiteSpace(orderBy))
        {
            return None;
        }

        var match = OrderPattern().Match(orderBy.Trim());
        var name = match.Success ? DateProperties.FirstOrDefault(p => p.Equals(match.Groups["name"].Value, StringComparison.OrdinalIgnoreCase)) : null;
        return name is null
            ? throw new FormatException($"Unsupported $orderby: {orderBy}")
            : new ODataOrderBy(name, match.Groups["dir"].Value.Equals("desc", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Graph sorts a filtered mail list only when the sort property is also the filter's first clause; otherwise it
    /// answers 400 InefficientFilter. The sandbox holds clients to the same rule so they work against Graph too.
    /// </summary>
    public bool FitsFilter(string? filter) =>
        property is null || string.IsNullOrWhiteSpace(filter)
        || filter.TrimStart().StartsWith(property + " ", StringComparison.OrdinalIgnoreCase);

    public DateTimeOffset? KeyOf(ISandboxItem item) => property is null ? null : item.DateProperty(property);

    public IReadOnlyList<T> Sort<T>(IReadOnlyList<T> items, Func<T, DateTimeOffset?> key) =>
        property is null ? items : descending ? [.. items.OrderByDescending(key)] : [.. items.OrderBy(key)];

    [GeneratedRegex(@"^(?<name>\w+)(\s+(?<dir>asc|desc))?$", RegexOptions.IgnoreCase)]
    private static partial Regex OrderPattern();
}
