using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using OutlookFollowUp.Storage.Tables;

namespace OutlookFollowUp.Storage.Due;

/// <summary>
/// The due index table. Writes come from the plan repository and are not part of the plan's transaction (the index
/// is partitioned by time, plans by rep), so the index is eventually consistent with the steps: an entry may point
/// at a step that moved, ran or was dropped, and the sweep checks the step before acting.
/// </summary>
internal sealed class DueIndex(FollowUpTables tables, ILogger<DueIndex> logger) : IDueIndex
{
    public async IAsyncEnumerable<DueEntry> ReadDueAsync(DateTimeOffset upTo, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.DueIndex, cancellationToken);
        // No lower bound: handled entries are removed, so whatever sorts before upTo is due (or stale) work. Every
        // row in an earlier bucket has smaller ticks than upTo, so one RowKey bound serves all buckets.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey le {DueIndexKeys.Bucket(upTo)} and RowKey lt {DueIndexKeys.RowAfter(upTo)}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            // Only this class writes the table; a row it cannot read names no step, so there is nothing to run.
            if (DueIndexKeys.TryParse(row.RowKey, out var entry))
            {
                yield return entry;
            }
        }
    }

    public async Task RemoveAsync(DueEntry entry, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.DueIndex, cancellationToken);
        // Deleting an entity that is already gone succeeds (outside a batch), which is what "best effort" needs.
        await table.DeleteEntityAsync(DueIndexKeys.Bucket(entry.DueAt), DueIndexKeys.Row(entry), cancellationToken: cancellationToken);
    }

    public async Task RemoveAsync(IReadOnlyCollection<DueEntry> entries, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.DueIndex, cancellationToken);
        await TableBatches.DeleteAsync(table, entries.Distinct().Select(Row), cancellationToken);
    }

    /// <summary>Adds (or rewrites) entries, one transaction per hour bucket and hundred entries.</summary>
    internal async Task PutAsync(IEnumerable<DueEntry> entries, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.DueIndex, cancellationToken);
        await TableBatches.UpsertAsync(table, entries.Select(Row), cancellationToken);
    }

    /// <summary>
    /// Removes entries that a committed save made stale. Failures are logged, not thrown: the plan is already
    /// saved, and a stale entry costs the sweep one check.
    /// </summary>
    internal async Task RemoveStaleAsync(IEnumerable<DueEntry> entries, CancellationToken cancellationToken)
    {
        // One by one: in a batch, a single entry that is already gone would fail the others.
        foreach (var entry in entries)
        {
            try
            {
                await RemoveAsync(entry, cancellationToken);
            }
            catch (RequestFailedException e)
            {
                logger.LogWarning(e, "Could not remove stale due entry {Entry}; the sweep will drop it.", entry);
            }
        }
    }

    private static TableEntity Row(DueEntry entry) => new(DueIndexKeys.Bucket(entry.DueAt), DueIndexKeys.Row(entry));
}
