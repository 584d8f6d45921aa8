using Azure;
using Azure.Data.Tables;

namespace OutlookFollowUp.Storage.Tables;

/// <summary>
/// Entity group transactions as this store uses them: many rows written in as few transactions as Table Storage allows
/// (one partition and at most <see cref="MaxActions"/> rows each), and a transaction guarded by a row's ETag.
/// </summary>
internal static class TableBatches
{
    /// <summary>Table Storage's limit on the entities of one transaction.</summary>
    public const int MaxActions = 100;

    public static async Task UpsertAsync(TableClient table, IEnumerable<ITableEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in Chunks(rows))
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), cancellationToken);
        }
    }

    /// <summary>Deletes rows whether or not they still exist.</summary>
    public static async Task DeleteAsync(TableClient table, IEnumerable<ITableEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in Chunks(rows))
        {
            try
            {
                await table.SubmitTransactionAsync(
                    chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status == 404)
            {
                // One row was gone already, which fails the whole batch; one by one, deleting a missing row succeeds.
                foreach (var row in chunk)
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                }
            }
        }
    }

    /// <summary>
    /// Submits a transaction that an ETag (or an Add) guards: when another writer got there first (404, 409, 412)
    /// nothing is written and <see cref="ConcurrencyConflictException"/> says so in <paramref name="conflict"/>'s words.
    /// </summary>
    public static async Task<Response<IReadOnlyList<Response>>> SubmitGuardedAsync(
        TableClient table, IReadOnlyList<TableTransactionAction> actions, string conflict, CancellationToken cancellationToken)
    {
        if (actions.Count > MaxActions)
        {
            throw new StorageLimitException($"One transaction holds at most {MaxActions} entities; this one has {actions.Count}.");
        }

        try
        {
            return await table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412)
        {
            throw new ConcurrencyConflictException(conflict, e);
        }
    }

    private static IEnumerable<ITableEntity[]> Chunks(IEnumerable<ITableEntity> rows) =>
        rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal).SelectMany(partition => partition.Chunk(MaxActions));
}
