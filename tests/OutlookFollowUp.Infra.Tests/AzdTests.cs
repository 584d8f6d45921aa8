using System.Text.Json.Nodes;

namespace OutlookFollowUp.Infra.Tests;

/// <summary>What azd relies on: the parameters file, the service tags and the hook.</summary>
[Collection(CompiledTemplateFixture.Name)]
public sealed class AzdTests(CompiledTemplate template)
{
    private static readonly string AzureYaml = File.ReadAllText(Path.Combine(BicepCli.RepositoryRoot, "azure.yaml"));

    [Fact]
    public void Every_parameter_in_main_parameters_json_is_a_parameter_of_main_bicep()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, "main.parameters.json")))!;
        var declared = template.Root["parameters"]!.AsObject();

        Assert.All(file["parameters"]!.AsObject(), parameter => Assert.True(declared.ContainsKey(parameter.Key), $"{parameter.Key} is not a parameter of main.bicep."));
        Assert.Equal("${AZURE_ENV_NAME}", (string?)file["parameters"]!["environmentName"]!["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)file["parameters"]!["location"]!["value"]);
    }

    [Fact]
    public void Main_targets_the_subscription_and_tags_the_resource_group_with_the_azd_environment()
    {
        Assert.Contains("subscriptionDeploymentTemplate.json", (string?)template.Root["$schema"], StringComparison.Ordinal);
        Assert.Equal("[variables('tags')]", (string?)template.TheOnly("Microsoft.Resources/resourceGroups")["tags"]);
        Assert.Equal("[parameters('environmentName')]", (string?)template.Root["variables"]!["tags"]!["azd-env-name"]);
    }

    [Theory]
    [InlineData("Microsoft.Web/sites", "api", "api")]
    [InlineData("Microsoft.Web/staticSites", "addin", "addin")]
    public void Each_azd_service_is_tagged_with_its_azd_service_name(string type, string module, string service)
    {
        Assert.Contains("createObject('azd-service-name', parameters('serviceName'))", CompiledTemplate.Json(template.TheOnly(type)["tags"]), StringComparison.Ordinal);
        Assert.Equal(service, (string?)template.Module(module)["properties"]!["parameters"]!["serviceName"]!["value"]);
        Assert.Contains($"\n  {service}:\n", AzureYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_yaml_runs_the_app_registration_script_after_provisioning()
    {
        Assert.Contains("postprovision:", AzureYaml, StringComparison.Ordinal);
        Assert.Contains("./infra/scripts/postprovision.sh", AzureYaml, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(BicepCli.InfraDirectory, "scripts", "postprovision.sh")));
        Assert.True(File.GetUnixFileMode(Path.Combine(BicepCli.InfraDirectory, "scripts", "postprovision.sh")).HasFlag(UnixFileMode.UserExecute));
    }
}
