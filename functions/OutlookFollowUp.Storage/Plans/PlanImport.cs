using Azure.Data.Tables;
using OutlookFollowUp.Storage.Active;
using OutlookFollowUp.Storage.Due;
using OutlookFollowUp.Storage.Tables;

namespace OutlookFollowUp.Storage.Plans;

/// <summary>
/// Writes many new plans quickly, for benchmarks and bulk loads: plans of one rep share transactions (up to 100 rows
/// each) and due and active-plan entries go in batches, instead of one transaction per plan plus its index writes. The
/// rows are exactly what <see cref="IPlanRepository.SaveAsync"/> writes for a new plan. Not for plans that exist.
/// </summary>
internal sealed class PlanImport(FollowUpTables tables, DueIndex dueIndex, ActivePlanIndex activePlans)
{
    public async Task ImportAsync(IReadOnlyList<PlanRecord> plans, int parallelism, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.Plans, cancellationToken);
        var batches = new List<List<TableEntity>>();
        foreach (var rep in plans.GroupBy(p => p.Rep))
        {
            var batch = new List<TableEntity>();
            foreach (var plan in rep)
            {
                var rows = new List<TableEntity> { PlanEntities.ToPlanEntity(plan) };
                rows.AddRange(plan.Steps.Select(s => PlanEntities.ToStepEntity(plan, s)));
                if (batch.Count + rows.Count > TableBatches.MaxActions)
                {
                    batches.Add(batch);
                    batch = [];
                }

                batch.AddRange(rows);
            }

            if (batch.Count > 0)
            {
                batches.Add(batch);
            }
        }

        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (batch, ct) => await table.SubmitTransactionAsync(
                batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), ct));

        var entries = plans.SelectMany(PlanRepository.DueEntriesOf).ToList();
        await Parallel.ForEachAsync(entries.Chunk(TableBatches.MaxActions * 10), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (chunk, ct) => await dueIndex.PutAsync(chunk, ct));
        await activePlans.PutAsync(plans.Where(p => p.State == PlanState.Active).Select(p => (p.Rep, p.PlanId)), parallelism, cancellationToken);
    }
}
