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

    private readonly AzuriteFixture _azurite;

    /// <summary>Fresh tables; <paramref name="time"/> is the storage services' clock (caches, leases), the system clock when null.</summary>
    public StorageHarness(AzuriteFixture azurite, TimeProvider? time = null)
        : this(azurite, time, AzuriteFixture.NewTablePrefix())
    {
    }

    private StorageHarness(AzuriteFixture azurite, TimeProvider? time, string tablePrefix)
    {
        _azurite = azurite;
        TablePrefix = tablePrefix;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(azurite.ConfigurationFor(TablePrefix)).Build();
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        _services = services.AddFollowUpStorage(configuration).BuildServiceProvider(validateScopes: true);
    }

    public string TablePrefix { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>The same tables as another instance of the app sees them: its own services and caches.</summary>
    public StorageHarness AnotherInstance() => new(_azurite, null, TablePrefix);

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
