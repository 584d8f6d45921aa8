using OutlookFollowUp.Storage;
using OutlookFollowUp.Testing;

namespace OutlookFollowUp.Integration.Tests.Azurite;

/// <summary>
/// Runs Azurite (<see cref="AzuriteProcess"/>) for the duration of the test collection. Tests stay independent by
/// using their own tables: <see cref="NewStorageOptions"/> or <see cref="NewTablePrefix"/> for each test, and
/// <see cref="ConfigurationFor"/> to point a host (WebApplicationFactory) at them.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    private AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started.");

    /// <summary>A full connection string with explicit blob, queue and table endpoints on this run's ports.</summary>
    public string ConnectionString => Azurite.ConnectionString;

    public Uri TableServiceUri => Azurite.TableServiceUri;

    public Uri QueueServiceUri => Azurite.QueueServiceUri;

    public Uri BlobServiceUri => Azurite.BlobServiceUri;

    /// <summary>A table prefix no other test uses: tables made with it start empty.</summary>
    public static string NewTablePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Storage options for this Azurite and a fresh <see cref="NewTablePrefix"/>.</summary>
    public StorageOptions NewStorageOptions() => new() { ConnectionString = ConnectionString, TablePrefix = NewTablePrefix() };

    /// <summary>Configuration entries (section "Storage") for a host under test, e.g. via ConfigureAppConfiguration.</summary>
    public IReadOnlyDictionary<string, string?> ConfigurationFor(string tablePrefix) => new Dictionary<string, string?>
    {
        [$"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}"] = ConnectionString,
        [$"{StorageOptions.SectionName}:{nameof(StorageOptions.TablePrefix)}"] = tablePrefix,
    };

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
            _azurite = null;
        }
    }
}
