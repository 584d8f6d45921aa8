using Azure.Data.Tables;

namespace OutlookFollowUp.Storage.Tables;

/// <summary>
/// Checks an entity against Table Storage's size limits before it is sent, so an oversized value fails with a message
/// naming the property instead of a bare 400 from the service (and, in a batch, without losing the whole transaction
/// to one value). Sizes follow the service's documented accounting: strings count two bytes per UTF-16 unit.
/// </summary>
internal static class EntityLimits
{
    public const int MaxPropertyBytes = 64 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;

    // TableEntity keeps the system members in its dictionary too; they are counted separately or not stored.
    private static readonly HashSet<string> SystemMembers = ["PartitionKey", "RowKey", "Timestamp", "odata.etag"];

    public static void Validate(TableEntity entity)
    {
        long total = 4 + (entity.PartitionKey.Length + entity.RowKey.Length) * 2;
        foreach (var (name, value) in entity.Where(p => !SystemMembers.Contains(p.Key)))
        {
            var size = SizeOf(value);
            if (size > MaxPropertyBytes)
            {
                throw new StorageLimitException($"Property '{name}' is {size:N0} bytes; Table Storage allows {MaxPropertyBytes:N0}.");
            }

            total += 8 + name.Length * 2 + size;
        }

        if (total > MaxEntityBytes)
        {
            throw new StorageLimitException($"Entity '{entity.RowKey}' is {total:N0} bytes; Table Storage allows {MaxEntityBytes:N0}.");
        }
    }

    private static long SizeOf(object? value) => value switch
    {
        string s => 4 + s.Length * 2L,
        byte[] b => 4 + b.Length,
        bool => 1,
        int => 4,
        Guid => 16,
        _ => 8,
    };
}
