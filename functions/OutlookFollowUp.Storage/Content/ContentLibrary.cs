using System.Globalization;
using Azure.Data.Tables;
using OutlookFollowUp.Core.Content;
using OutlookFollowUp.Storage.Tables;

namespace OutlookFollowUp.Storage.Content;

/// <summary>
/// One partition per tenant, one row per item. The RowKey is a hash of the item id: ids are validated upstream, but
/// the store does not rely on that for key safety.
/// </summary>
internal sealed class ContentLibrary(FollowUpTables tables) : IContentLibrary
{
    private const string Id = nameof(Id);
    private const string Title = nameof(Title);
    private const string Url = nameof(Url);
    private const string Summary = nameof(Summary);
    private const string Kind = nameof(Kind);
    private const string Tags = nameof(Tags);
    private const string AboutProduct = nameof(AboutProduct);

    public async Task ReplaceAsync(Guid tenantId, IReadOnlyList<ContentItem> items, CancellationToken cancellationToken = default)
    {
        var rows = ToRows(tenantId, items);
        var table = await tables.GetAsync(TableNames.ContentLibrary, cancellationToken);
        var kept = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var dropped = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(PartitionFilter(tenantId), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (!kept.Contains(row.RowKey))
            {
                dropped.Add(row);
            }
        }

        // New items first, then deletions: a reader meanwhile sees too many items rather than a missing one.
        await TableBatches.UpsertAsync(table, rows, cancellationToken);
        await TableBatches.DeleteAsync(table, dropped, cancellationToken);
    }

    public async Task UpsertAsync(Guid tenantId, IReadOnlyList<ContentItem> items, CancellationToken cancellationToken = default)
    {
        var rows = ToRows(tenantId, items);
        var table = await tables.GetAsync(TableNames.ContentLibrary, cancellationToken);
        await TableBatches.UpsertAsync(table, rows, cancellationToken);
    }

    public async Task<IReadOnlyList<ContentItem>> ListAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.ContentLibrary, cancellationToken);
        var items = new List<ContentItem>();
        await foreach (var row in table.QueryAsync<TableEntity>(PartitionFilter(tenantId), cancellationToken: cancellationToken))
        {
            items.Add(ToItem(row));
        }

        items.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return items;
    }

    private static List<TableEntity> ToRows(Guid tenantId, IReadOnlyList<ContentItem> items)
    {
        // A batch may not touch one row twice; the API rejects duplicate ids, and this keeps the store honest.
        if (items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            throw new ArgumentException("Content item ids must be unique.", nameof(items));
        }

        var partition = Partition(tenantId);
        var rows = items.Select(i => new TableEntity(partition, KeyHash.Of(i.Id))
        {
            [Id] = i.Id,
            [Title] = i.Title,
            [Url] = i.Url.AbsoluteUri,
            [Summary] = i.Summary,
            [Kind] = i.Kind.ToString(),
            [Tags] = StoredJson.Serialize(i.Tags),
            [AboutProduct] = i.AboutProduct,
        }).ToList();
        rows.ForEach(EntityLimits.Validate);
        return rows;
    }

    private static ContentItem ToItem(TableEntity row) => new()
    {
        Id = row.GetString(Id) ?? throw new InvalidDataException($"Content row '{row.RowKey}' has no id."),
        Title = row.GetString(Title) ?? "",
        Url = new Uri(row.GetString(Url) ?? throw new InvalidDataException($"Content row '{row.RowKey}' has no url.")),
        Summary = row.GetString(Summary) ?? "",
        Kind = Enum.Parse<ContentKind>(row.GetString(Kind) ?? nameof(ContentKind.Article)),
        Tags = StoredJson.Deserialize<List<string>>(row.GetString(Tags), Tags),
        AboutProduct = row.GetBoolean(AboutProduct) ?? false,
    };

    private static string PartitionFilter(Guid tenantId) => TableClient.CreateQueryFilter($"PartitionKey eq {Partition(tenantId)}");

    private static string Partition(Guid tenantId) => tenantId.ToString("N", CultureInfo.InvariantCulture);
}
