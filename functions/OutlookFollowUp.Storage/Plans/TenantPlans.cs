using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using OutlookFollowUp.Storage.Tables;

namespace OutlookFollowUp.Storage.Plans;

/// <summary>
/// Reads a tenant's plan rows across its reps' partitions: rep keys start with the tenant id and an underscore, so the
/// tenant is one PartitionKey range ('`' sorts right after '_'). This scans every partition of the tenant, which is
/// fine for a manager opening a report now and then; the timer never calls it (it reads the due index).
/// </summary>
internal sealed class TenantPlans(FollowUpTables tables) : ITenantPlans
{
    public async IAsyncEnumerable<PlanRecord> ListMarkedAsync(
        Guid tenantId, DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var first = string.Create(CultureInfo.InvariantCulture, $"{tenantId:N}_");
        var last = string.Create(CultureInfo.InvariantCulture, $"{tenantId:N}`");
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {first} and PartitionKey lt {last} and RowKey ge {PlanRows.PlansFrom} and RowKey lt {PlanRows.PlansTo} and CreatedAt ge {from.ToUniversalTime()} and CreatedAt lt {to.ToUniversalTime()}");

        var table = await tables.GetAsync(TableNames.Plans, cancellationToken);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (RepId.TryParseKey(row.PartitionKey, out var rep))
            {
                yield return PlanEntities.ToRecord(rep.Value, row, []) with { IsPartial = true };
            }
        }
    }
}
