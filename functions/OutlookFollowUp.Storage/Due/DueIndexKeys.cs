using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OutlookFollowUp.Storage.Due;

/// <summary>
/// Keys of the due index. PartitionKey is the UTC hour of the due instant ("yyyyMMddHH"), so due entries are a
/// range of partitions that sort in time order; RowKey is the due instant's ticks (19 digits, so text order is time
/// order) followed by the step's address: rep key, plan id, step number.
/// </summary>
internal static class DueIndexKeys
{
    private const char Separator = '|';

    public static string Bucket(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    public static string Row(DueEntry entry) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Ticks(entry.DueAt.UtcTicks)}{Separator}{entry.Rep.Key}{Separator}{entry.PlanId}{Separator}{entry.StepNumber:D4}");

    /// <summary>The first row key after every entry due at or before <paramref name="instant"/>.</summary>
    public static string RowAfter(DateTimeOffset instant) => Ticks(instant.UtcTicks + 1);

    public static bool TryParse(string rowKey, [NotNullWhen(true)] out DueEntry? entry)
    {
        entry = null;
        var parts = rowKey.Split(Separator);
        if (parts.Length != 4
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !RepId.TryParseKey(parts[1], out var rep)
            || !Plans.PlanIds.IsWellFormed(parts[2])
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        entry = new DueEntry(new DateTimeOffset(ticks, TimeSpan.Zero), rep.Value, parts[2], number);
        return true;
    }

    private static string Ticks(long ticks) => ticks.ToString("D19", CultureInfo.InvariantCulture);
}
