namespace OutlookFollowUp.Api.Hosting;

/// <summary>The stable configuration names of DESIGN.md section 8 and the API's own section, as configuration keys.</summary>
public static class ConfigurationNames
{
    public const string StorageConnectionString = "Storage:ConnectionString";
    public const string GraphBaseUrl = "Graph:BaseUrl";
    public const string GraphTenantId = "Graph:TenantId";
    public const string GraphClientId = "Graph:ClientId";

    /// <summary>The API's token validation settings; see <see cref="ApiOptions"/>.</summary>
    public const string Api = "Api";
}
