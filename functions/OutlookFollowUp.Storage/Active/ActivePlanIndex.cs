using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Storage.Tables;

namespace OutlookFollowUp.Storage.Active;

/// <summary>
/// The active-plans table: PartitionKey is the rep's key, RowKey the plan id (both safe in keys), nothing else. Its
/// size is the number of active plans, so reading it whole costs what the reply check has to do anyway.
/// </summary>
internal sealed class ActivePlanIndex(FollowUpTables tables, ILogger<ActivePlanIndex> logger) : IActivePlanIndex
{
    // The column PlanEntities stores a plan's state in, by name.
    private const string StateColumn = nameof(PlanRecord.State);

    public async IAsyncEnumerable<(RepId Rep, string PlanId)> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.ActivePlans, cancellationToken);
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            // Only this class writes the table; a row it cannot read names no plan, so there is nothing to check.
            if (RepId.TryParseKey(row.PartitionKey, out var rep) && PlanIds.IsWellFormed(row.RowKey))
            {
                yield return (rep.Value, row.RowKey);
            }
        }
    }

    public async Task RemoveAsync(RepId rep, string planId, CancellationToken cancellationToken = default)
    {
        var index = await tables.GetAsync(TableNames.ActivePlans, cancellationToken);
        // Deleting an entity that is already gone succeeds (outside a batch).
        await index.DeleteEntityAsync(rep.Key, planId, cancellationToken: cancellationToken);

        // A resume may have written the entry and committed between the caller's read and this delete: the plan row,
        // read after the delete, says whether the entry must come back, so an active plan is not left unchecked.
        var plans = await tables.GetAsync(TableNames.Plans, cancellationToken);
        var plan = await plans.GetEntityIfExistsAsync<TableEntity>(
            rep.Key, PlanRows.Plan(planId), select: [StateColumn], cancellationToken: cancellationToken);
        if (plan.HasValue && plan.Value!.GetString(StateColumn) == nameof(PlanState.Active))
        {
            await PutAsync(rep, planId, cancellationToken);
        }
    }

    internal async Task PutAsync(RepId rep, string planId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.ActivePlans, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(rep.Key, planId), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Adds many entries, one transaction per rep and hundred plans: for bulk loads.</summary>
    internal async Task PutAsync(IEnumerable<(RepId Rep, string PlanId)> entries, int parallelism, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.ActivePlans, cancellationToken);
        var batches = entries.GroupBy(e => e.Rep).SelectMany(rep => rep.Chunk(TableBatches.MaxActions));
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (batch, ct) => await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(
                TableTransactionActionType.UpsertReplace, new TableEntity(e.Rep.Key, e.PlanId))), ct));
    }

    /// <summary>
    /// Removes the entry of a plan a committed save made inactive. Failures are logged, not thrown: the plan is already
    /// saved, and a stale entry costs the reply check one read before it drops the entry itself.
    /// </summary>
    internal async Task RemoveStaleAsync(RepId rep, string planId, CancellationToken cancellationToken)
    {
        try
        {
            await RemoveAsync(rep, planId, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            logger.LogWarning(e, "Could not remove the active-plan entry of {Rep}/{PlanId}; the reply check will drop it.", rep, planId);
        }
    }
}
