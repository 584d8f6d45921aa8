namespace OutlookFollowUp.Api.Hosting;

/// <summary>The stable configuration names of DESIGN.md section 8 and the API's own section, as configuration keys.</summary>
public static class ConfigurationNames
{
    public const string StorageConnectionString = "Storage:ConnectionString";
    public const string GraphBaseUrl = "Graph:BaseUrl";
}
