using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace OutlookFollowUp.Storage.Tables;

/// <summary>
/// Hands out table clients, creating each table on its first use in this process and remembering that it exists,
/// so requests do not pay a CreateIfNotExists round trip. A failed creation is not remembered: the next use retries.
/// </summary>
internal sealed class FollowUpTables(TableServiceClient service, IOptions<StorageOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.Ordinal);

    public async Task<TableClient> GetAsync(string name, CancellationToken cancellationToken)
    {
        var creation = _tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(options.Value.TablePrefix + n)));
        try
        {
            return await creation.Value.WaitAsync(cancellationToken);
        }
        catch when (creation.Value.IsFaulted)
        {
            _tables.TryRemove(new KeyValuePair<string, Lazy<Task<TableClient>>>(name, creation));
            throw;
        }
    }

    private async Task<TableClient> CreateAsync(string fullName)
    {
        var client = service.GetTableClient(fullName);
        // Not cancellable: one creation is shared by every caller that arrives while it runs.
        await client.CreateIfNotExistsAsync(CancellationToken.None);
        return client;
    }
}
