using System.Text.Json.Nodes;

namespace OutlookFollowUp.Infra.Tests;

[Collection(CompiledTemplateFixture.Name)]
public sealed class StorageAccountTests(CompiledTemplate template)
{
    private JsonNode Properties => template.TheOnly("Microsoft.Storage/storageAccounts")["properties"]!;

    [Fact]
    public void Storage_account_refuses_shared_key_access() =>
        Assert.False((bool?)Properties["allowSharedKeyAccess"] ?? true);

    [Fact]
    public void Storage_account_requires_TLS_1_2() =>
        Assert.Equal("TLS1_2", (string?)Properties["minimumTlsVersion"]);

    [Fact]
    public void Storage_account_accepts_HTTPS_only() =>
        Assert.True((bool?)Properties["supportsHttpsTrafficOnly"] ?? false);

    [Fact]
    public void Storage_account_allows_no_anonymous_blob_access()
    {
        Assert.False((bool?)Properties["allowBlobPublicAccess"] ?? true);
        Assert.All(template.Resources("Microsoft.Storage/storageAccounts/blobServices/containers"),
            container => Assert.Equal("None", (string?)container["properties"]?["publicAccess"]));
    }

    [Fact]
    public void Storage_account_holds_the_Flex_Consumption_deployment_container_and_the_sweep_queue()
    {
        Assert.Single(template.Resources("Microsoft.Storage/storageAccounts/blobServices/containers"));
        Assert.Single(template.Resources("Microsoft.Storage/storageAccounts/queueServices/queues"));
    }
}
