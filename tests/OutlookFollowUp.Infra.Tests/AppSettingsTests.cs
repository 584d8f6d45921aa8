using System.Text.Json.Nodes;

namespace OutlookFollowUp.Infra.Tests;

/// <summary>The function app's settings: every name the hosts read is there, and none of them is a secret.</summary>
[Collection(CompiledTemplateFixture.Name)]
public sealed class AppSettingsTests(CompiledTemplate template)
{
    /// <summary>
    /// Every configuration name the Functions app reads in Azure (DESIGN.md section 8, identity-based form).
    /// Locally the hosts read Storage__ConnectionString (Azurite); in Azure there is no connection string, so the
    /// Azure SDK clients get service URIs + the managed identity instead. SettingsAgreeWithInfraTests checks the
    /// product's part of this list against what the app's composition actually reads.
    /// </summary>
    public static readonly TheoryData<string> ConfigurationNames =
    [
        // Functions host storage (identity-based AzureWebJobsStorage).
        "AzureWebJobsStorage__accountName",
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        // Telemetry; the connection string is an endpoint, the authentication string makes ingestion use Entra ID.
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
        // Azure.Identity's DefaultAzureCredential: which user-assigned identity to use.
        "AZURE_CLIENT_ID",
        // The product's tables and queue (replaces Storage__ConnectionString in Azure).
        "Storage__TableServiceUri",
        "Storage__QueueServiceUri",
        "Storage__Credential",
        "Storage__ClientId",
        "Queues__Sweep",
        // Microsoft Graph, app-only with a federated credential from the managed identity.
        "Graph__BaseUrl",
        "Graph__TenantId",
        "Graph__ClientId",
        "Graph__ManagedIdentityClientId",
        // Timers (six-field CRON, UTC).
        "Schedules__Sweep",
        "Schedules__Replies",
        // Validation of the add-in's access tokens.
        "Api__Audience",
        "Api__ClientId",
        "Api__TenantId",
        "Api__Instance",
        // Callback-outcome links: where they point and the key that signs them.
        "Api__PublicBaseUrl",
        "Api__OutcomeLinkKey",
    ];

    /// <summary>The only setting whose name says "connection string": not a secret (local auth is disabled).</summary>
    private const string AllowedConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// The one secret: it grants no access to any resource, it signs the links in callback events. It comes from a
    /// <c>@secure()</c> parameter (see the test below), never from the template itself.
    /// </summary>
    private const string OutcomeLinkKey = "Api__OutcomeLinkKey";

    private JsonObject Settings => template.AppSettings();

    [Theory]
    [MemberData(nameof(ConfigurationNames))]
    public void Every_configuration_name_the_hosts_read_is_set_in_app_settings(string name) =>
        Assert.True(Settings.ContainsKey(name), $"App setting {name} is missing.");

    [Fact]
    public void Functions_host_storage_is_identity_based()
    {
        Assert.Equal("[parameters('storageAccountName')]", (string?)Settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("managedidentity", (string?)Settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("[parameters('identityClientId')]", (string?)Settings["AzureWebJobsStorage__clientId"]);
        Assert.False(Settings.ContainsKey("AzureWebJobsStorage"), "AzureWebJobsStorage (a connection string) must not be set.");
    }

    [Fact]
    public void Product_storage_is_reached_with_the_managed_identity_not_a_connection_string()
    {
        Assert.False(Settings.ContainsKey("Storage__ConnectionString"), "Storage__ConnectionString must not be set in Azure.");
        Assert.Equal("managedidentity", (string?)Settings["Storage__Credential"]);
        Assert.Equal("[parameters('identityClientId')]", (string?)Settings["Storage__ClientId"]);
        Assert.Equal("[parameters('tableEndpoint')]", (string?)Settings["Storage__TableServiceUri"]);
        Assert.Equal("[parameters('queueEndpoint')]", (string?)Settings["Storage__QueueServiceUri"]);
    }

    [Fact]
    public void No_app_setting_is_a_key_or_a_connection_string_except_Application_Insights_endpoint()
    {
        string[] secretWords = ["ConnectionString", "CONNECTION_STRING", "Key", "KEY", "Secret", "SECRET", "Password", "PASSWORD", "Sas", "SAS"];

        var suspicious = Settings.Select(setting => setting.Key)
            .Where(name => name is not (AllowedConnectionString or OutcomeLinkKey) && secretWords.Any(word => name.Contains(word, StringComparison.Ordinal)));

        Assert.Empty(suspicious);
        Assert.All(Settings, setting =>
        {
            var value = setting.Value?.ToJsonString() ?? "";
            Assert.DoesNotContain("AccountKey=", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature=", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("list", value, StringComparison.Ordinal); // listKeys(), listSecrets(), listConnectionStrings()...
        });
    }

    [Fact]
    public void The_outcome_link_key_comes_from_a_secure_parameter_and_the_links_point_at_the_app_over_https()
    {
        Assert.Equal("[parameters('outcomeLinkKey')]", (string?)Settings[OutcomeLinkKey]);
        Assert.Equal("securestring", (string?)template.Root["parameters"]!["outcomeLinkKey"]!["type"]);
        Assert.StartsWith("[format('https://{0}'", (string?)Settings["Api__PublicBaseUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_never_reads_or_embeds_a_storage_key_or_other_secret()
    {
        string[] forbidden = ["AccountKey=", "SharedAccessSignature=", "listKeys(", "listConnectionStrings(", "listSecrets(", "listAccountSas(", "listServiceSas("];

        Assert.All(forbidden, text => Assert.DoesNotContain(text, template.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Application_Insights_accepts_telemetry_only_with_Entra_authentication()
    {
        var components = template.TheOnly("Microsoft.Insights/components");

        Assert.True((bool?)components["properties"]!["DisableLocalAuth"] ?? false);
        var authentication = (string?)Settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"] ?? "";
        Assert.Contains("Authorization=AAD", authentication, StringComparison.Ordinal);
        Assert.Contains("ClientId=", authentication, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_is_reached_at_Microsoft_Graph_v1_with_the_managed_identity_as_federated_credential()
    {
        Assert.Equal("https://graph.microsoft.com/v1.0", (string?)template.ParameterDefault("graphBaseUrl"));
        Assert.Equal("[parameters('graphBaseUrl')]", (string?)Settings["Graph__BaseUrl"]);
        Assert.Equal("[parameters('identityClientId')]", (string?)Settings["Graph__ManagedIdentityClientId"]);
        Assert.Equal("[parameters('graphClientId')]", (string?)Settings["Graph__ClientId"]);
    }

    [Theory]
    [InlineData("sweepSchedule")]
    [InlineData("repliesSchedule")]
    public void Schedules_default_to_six_field_CRON_expressions(string parameter)
    {
        var cron = (string?)template.ParameterDefault(parameter) ?? "";

        Assert.Equal(6, cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
