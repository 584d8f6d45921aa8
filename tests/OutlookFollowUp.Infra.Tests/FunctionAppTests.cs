using System.Text.Json.Nodes;

namespace OutlookFollowUp.Infra.Tests;

[Collection(CompiledTemplateFixture.Name)]
public sealed class FunctionAppTests(CompiledTemplate template)
{
    private JsonObject Site => template.TheOnly("Microsoft.Web/sites");

    private JsonNode SiteConfig => Site["properties"]!["siteConfig"]!;

    private JsonNode FunctionAppConfig => Site["properties"]!["functionAppConfig"]!;

    [Fact]
    public void Function_app_accepts_HTTPS_only_with_TLS_1_2_or_later()
    {
        Assert.True((bool?)Site["properties"]!["httpsOnly"] ?? false);
        Assert.Equal("1.2", (string?)SiteConfig["minTlsVersion"]);
        Assert.Equal("1.2", (string?)SiteConfig["scmMinTlsVersion"]);
    }

    [Fact]
    public void Function_app_has_FTP_disabled() =>
        Assert.Equal("Disabled", (string?)SiteConfig["ftpsState"]);

    [Fact]
    public void Function_app_refuses_basic_publishing_credentials_for_FTP_and_SCM()
    {
        var policies = template.Resources("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        Assert.Equal(["ftp", "scm"], policies.Select(p => PolicyName((string)p["name"]!)).Order());
        Assert.All(policies, policy => Assert.False((bool?)policy["properties"]!["allow"] ?? true));
    }

    [Fact]
    public void CORS_allows_only_the_add_in_origin()
    {
        var allowedOrigins = SiteConfig["cors"]!["allowedOrigins"]!.AsArray().Select(o => (string?)o).ToList();
        var passedFromMain = template.ModuleParameter("api", "addinOrigin");

        Assert.Equal(["[parameters('addinOrigin')]"], allowedOrigins);
        Assert.False((bool?)SiteConfig["cors"]!["supportCredentials"] ?? true);
        // main passes the addinOrigin parameter (custom domain) or else the static web app's own https host.
        Assert.Contains("parameters('addinOrigin')", passedFromMain, StringComparison.Ordinal);
        Assert.Contains("format('https://{0}'", passedFromMain, StringComparison.Ordinal);
        Assert.Contains("outputs.defaultHostname.value", passedFromMain, StringComparison.Ordinal);
        Assert.DoesNotContain("*", passedFromMain, StringComparison.Ordinal);
        Assert.NotEqual("*", (string?)template.ParameterDefault("addinOrigin"));
    }

    [Fact]
    public void Function_app_runs_dotnet_isolated_10_on_a_Linux_Flex_Consumption_FC1_plan()
    {
        var plan = template.TheOnly("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool?)plan["properties"]!["reserved"] ?? false);
        Assert.Equal("functionapp,linux", (string?)Site["kind"]);
        Assert.Equal("dotnet-isolated", (string?)FunctionAppConfig["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)FunctionAppConfig["runtime"]!["version"]);
    }

    [Fact]
    public void Function_app_deploys_from_a_blob_container_with_the_user_assigned_identity()
    {
        var storage = FunctionAppConfig["deployment"]!["storage"]!;

        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Equal("[parameters('identityResourceId')]", (string?)storage["authentication"]!["userAssignedIdentityResourceId"]);
        Assert.Null(storage["authentication"]!["storageAccountConnectionStringName"]);
    }

    [Fact]
    public void Function_app_runs_as_the_user_assigned_identity_only() =>
        Assert.Equal("UserAssigned", (string?)Site["identity"]!["type"]);

    [Fact]
    public void Always_ready_maximum_instance_count_and_instance_memory_come_from_parameters()
    {
        var scale = FunctionAppConfig["scaleAndConcurrency"]!;

        Assert.Contains("parameters('alwaysReadyInstanceCount')", CompiledTemplate.Json(scale["alwaysReady"]), StringComparison.Ordinal);
        Assert.Equal("[parameters('maximumInstanceCount')]", (string?)scale["maximumInstanceCount"]);
        Assert.Equal("[parameters('instanceMemoryMB')]", (string?)scale["instanceMemoryMB"]);
        Assert.Equal("[parameters('alwaysReadyInstanceCount')]", (string?)template.Module("api")["properties"]!["parameters"]!["alwaysReadyInstanceCount"]!["value"]);
        Assert.Equal("[parameters('maximumInstanceCount')]", (string?)template.Module("api")["properties"]!["parameters"]!["maximumInstanceCount"]!["value"]);
    }

    // "[format('{0}/{1}', parameters('name'), 'ftp')]" -> "ftp"
    private static string PolicyName(string armName) => armName.Split('\'')[^2];
}
