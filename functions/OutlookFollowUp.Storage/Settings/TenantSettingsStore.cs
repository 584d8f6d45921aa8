using System.Globalization;
using Azure;
using Azure.Data.Tables;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Storage.Tables;

namespace OutlookFollowUp.Storage.Settings;

/// <summary>
/// One partition per tenant: a row for the reason overrides, a row for the policy, and a row per template (a
/// template may be long, and one row each keeps every template within the 64 KiB property limit). Reading the
/// settings is one partition query.
/// </summary>
internal sealed class TenantSettingsStore(FollowUpTables tables) : ITenantSettingsStore
{
    private const string ReasonsRow = "reasons";
    private const string PolicyRow = "policy";
    private const string TemplatesFrom = "template|";
    private const string TemplatesTo = "template}";
    private const string Json = nameof(Json);
    private const string Key = nameof(Key);
    private const string Source = nameof(Source);

    public async Task<TenantSettings> GetAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.TenantSettings, cancellationToken);
        var settings = TenantSettings.Default;
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(tenantId)}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == ReasonsRow)
            {
                settings = settings with { ReasonOverrides = StoredJson.Deserialize<List<ReasonOverride>>(row.GetString(Json), Json) };
            }
            else if (row.RowKey == PolicyRow)
            {
                settings = settings with { Policy = StoredJson.Deserialize<PlanningPolicy>(row.GetString(Json), Json) };
            }
            else if (row.GetString(Key) is { } key && row.GetString(Source) is { } source)
            {
                templates[key] = source;
            }
        }

        return settings with { Templates = templates };
    }

    public Task SaveReasonOverridesAsync(Guid tenantId, IReadOnlyList<ReasonOverride> overrides, CancellationToken cancellationToken = default) =>
        UpsertJsonAsync(tenantId, ReasonsRow, overrides, cancellationToken);

    public Task SavePolicyAsync(Guid tenantId, PlanningPolicy policy, CancellationToken cancellationToken = default) =>
        UpsertJsonAsync(tenantId, PolicyRow, policy, cancellationToken);

    public async Task SaveTemplatesAsync(Guid tenantId, IReadOnlyDictionary<string, string> templates, CancellationToken cancellationToken = default)
    {
        if (templates.Count > ITenantSettingsStore.MaxTemplates)
        {
            throw new StorageLimitException($"A tenant has at most {ITenantSettingsStore.MaxTemplates} templates; got {templates.Count}.");
        }

        var partition = Partition(tenantId);
        var rows = templates.Select(t => new TableEntity(partition, TemplatesFrom + KeyHash.Of(t.Key)) { [Key] = t.Key, [Source] = t.Value }).ToList();
        rows.ForEach(EntityLimits.Validate);

        var table = await tables.GetAsync(TableNames.TenantSettings, cancellationToken);
        var kept = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {TemplatesFrom} and RowKey lt {TemplatesTo}");
        var dropped = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (!kept.Contains(row.RowKey))
            {
                dropped.Add(row);
            }
        }

        // One transaction, so readers see the old set or the new one, never a mix.
        var actions = rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r))
            .Concat(dropped.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)))
            .ToList();
        if (actions.Count > 0)
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
        }
    }

    private async Task UpsertJsonAsync<T>(Guid tenantId, string rowKey, T value, CancellationToken cancellationToken)
    {
        var row = new TableEntity(Partition(tenantId), rowKey) { [Json] = StoredJson.Serialize(value) };
        EntityLimits.Validate(row);
        var table = await tables.GetAsync(TableNames.TenantSettings, cancellationToken);
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    private static string Partition(Guid tenantId) => tenantId.ToString("N", CultureInfo.InvariantCulture);
}
