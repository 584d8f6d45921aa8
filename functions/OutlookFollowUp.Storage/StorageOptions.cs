namespace OutlookFollowUp.Storage;

/// <summary>
/// Where the tables are (configuration section "Storage"). Locally a full connection string
/// (<c>Storage__ConnectionString</c>; Azurite on a custom port needs explicit endpoints, which
/// <c>UseDevelopmentStorage=true</c> cannot express). In Azure no secret: <see cref="TableServiceUri"/> with a managed
/// identity, user-assigned when <see cref="ClientId"/> is set.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary>For the sweep's queue; read by whoever registers the queue client.</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>The client id of a user-assigned managed identity; when empty, <c>DefaultAzureCredential</c> is used.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Prepended to every table name (letters and digits only), so tests and side-by-side environments can share
    /// one storage account without seeing each other's data.
    /// </summary>
    public string TablePrefix { get; set; } = "";
}
