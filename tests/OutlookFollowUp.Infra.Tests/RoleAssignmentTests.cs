using System.Text.Json.Nodes;

namespace OutlookFollowUp.Infra.Tests;

[Collection(CompiledTemplateFixture.Name)]
public sealed class RoleAssignmentTests(CompiledTemplate template)
{
    // Built-in role definition ids: the narrowest data roles that work.
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b"; // Functions host leases + deployment container
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private IEnumerable<(JsonObject Resource, JsonObject Template)> Assignments =>
        template.AllResources().Where(r => (string?)r.Resource["type"] == "Microsoft.Authorization/roleAssignments");

    [Fact]
    public void Managed_identity_gets_exactly_the_narrowest_data_roles()
    {
        var roleIds = Assignments.Select(a => RoleId(a.Resource, a.Template)).Order();

        Assert.Equal(
            new[] { StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor, MonitoringMetricsPublisher }.Order(),
            roleIds);
    }

    [Fact]
    public void Every_role_is_assigned_to_the_managed_identity_on_one_resource_never_on_a_resource_group()
    {
        Assert.NotEmpty(Assignments);
        Assert.All(Assignments.Select(a => a.Resource), assignment =>
        {
            var scope = (string?)assignment["scope"] ?? "";
            Assert.True(scope.Contains("Microsoft.Storage/storageAccounts", StringComparison.Ordinal)
                || scope.Contains("Microsoft.Insights/components", StringComparison.Ordinal), $"Unexpected scope '{scope}'.");
            Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
            Assert.Equal("[parameters('principalId')]", (string?)assignment["properties"]!["principalId"]);
        });
    }

    /// <summary>
    /// The GUID in "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('roles').x)]",
    /// looked up in the declaring module's variables, or the literal GUID when there is no variable.
    /// </summary>
    private static string RoleId(JsonObject assignment, JsonObject declaringTemplate)
    {
        var value = (string)assignment["properties"]!["roleDefinitionId"]!;
        const string variable = "variables('roles').";
        var at = value.IndexOf(variable, StringComparison.Ordinal);
        return at < 0
            ? value.Split('\'')[^2]
            : (string)declaringTemplate["variables"]!["roles"]![value[(at + variable.Length)..].TrimEnd(']', ')')]!;
    }
}
