using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage;

namespace OutlookFollowUp.Integration.Tests.Storage;

/// <summary>
/// The storage services as a host wires them (<see cref="StorageServiceCollectionExtensions.AddFollowUpStorage"/>),
/// on fresh tables in the shared Azurite, plus raw table access for checking what was actually written.
/// </summary>
public sealed class StorageHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public StorageHarness(AzuriteFixture azurite)
    {
        TablePrefix = AzuriteFixture.NewTablePrefix();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(azurite.ConfigurationFor(TablePrefix)).Build();
        _services = new ServiceCollection().AddFollowUpStorage(configuration).BuildServiceProvider(validateScopes: true);
    }

    public string TablePrefix { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>
    /// Every row of one of the product's tables (by its unprefixed name), straight from Table Storage; none when the
    /// table was never created.
    /// </summary>
    public async Task<List<TableEntity>> RowsAsync(string table)
    {
        var client = Get<TableServiceClient>().GetTableClient(TablePrefix + table);
        var rows = new List<TableEntity>();
        try
        {
            await foreach (var row in client.QueryAsync<TableEntity>())
            {
                rows.Add(row);
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }

        return rows;
    }

    public void Dispose() => _services.Dispose();
}
