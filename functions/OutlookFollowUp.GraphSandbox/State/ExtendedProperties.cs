namespace OutlookFollowUp.GraphSandbox.State;

/// <summary>
/// An item's single-value extended properties. Exchange treats the property id ("String {guid} Name X")
/// case-insensitively, so lookups here do too.
/// </summary>
internal sealed class ExtendedProperties
{
    private readonly Dictionary<string, (string Id, string Value)> values = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<(string Id, string Value)> All => values.Values;

    public string? Get(string id) => values.TryGetValue(id.Trim(), out var entry) ? entry.Value : null;

    public void Set(string id, string value) => values[id.Trim()] = (id.Trim(), value);
}
