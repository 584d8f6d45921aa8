using System.Text.RegularExpressions;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>
/// What <c>$expand=singleValueExtendedProperties($filter=id eq '…')</c> asked for: no extended properties (Graph's
/// default), all of them, or only the one with the given id.
/// </summary>
internal sealed partial class ExpandedProperties
{
    private readonly string? onlyId;

    private ExpandedProperties(bool any, string? onlyId)
    {
        Any = any;
        this.onlyId = onlyId;
    }

    public bool Any { get; }

    public static ExpandedProperties None { get; } = new(false, null);

    public static ExpandedProperties Parse(string? expand)
    {
        if (string.IsNullOrWhiteSpace(expand) || !expand.Contains("singleValueExtendedProperties", StringComparison.OrdinalIgnoreCase))
        {
            return None;
        }

        var match = IdFilterPattern().Match(expand);
        return new ExpandedProperties(true, match.Success ? match.Groups["id"].Value.Replace("''", "'", StringComparison.Ordinal) : null);
    }

    public bool Includes(string id) => Any && (onlyId is null || onlyId.Trim().Equals(id, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\$filter\s*=\s*id\s+eq\s+'(?<id>(?:[^']|'')*)'", RegexOptions.IgnoreCase)]
    private static partial Regex IdFilterPattern();
}
