using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.Infra.Tests;

/// <summary>
/// The folder `dotnet publish` makes of the Functions app, which is what azd deploy zips and uploads to the Flex
/// Consumption deployment container. scripts/test.sh publishes it to artifacts/functionapp before the tests run.
/// </summary>
[Collection(CompiledTemplateFixture.Name)]
public sealed class PublishedPackageTests(CompiledTemplate template)
{
    private static readonly string Package = Path.Combine(BicepCli.RepositoryRoot, "artifacts", "functionapp");

    private static string InPackage(string relativePath)
    {
        Assert.True(
            Directory.Exists(Package),
            $"{Package} is missing: scripts/test.sh publishes it (dotnet publish functions/OutlookFollowUp.FunctionApp -c Release -o artifacts/functionapp).");
        return Path.Combine(Package, relativePath);
    }

    private static JsonNode ReadJson(string relativePath) =>
        JsonNode.Parse(File.ReadAllText(InPackage(relativePath)))!;

    [Theory]
    [InlineData("host.json")]
    [InlineData("functions.metadata")]
    [InlineData("worker.config.json")]
    [InlineData("extensions.json")]
    // The host loads the Storage Queues trigger from the extension bundle the Sdk built, not from NuGet at start-up.
    [InlineData(".azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll")]
    [InlineData("OutlookFollowUp.FunctionApp.dll")]
    public void The_package_holds_what_the_Functions_host_loads(string relativePath) =>
        Assert.True(File.Exists(InPackage(relativePath)), $"{relativePath} is not in the published package.");

    [Fact]
    public void The_package_never_carries_local_settings() =>
        Assert.Empty(Directory.EnumerateFiles(InPackage(""), "local.settings.json", SearchOption.AllDirectories));

    [Fact]
    public void The_published_functions_are_the_ones_the_build_generated()
    {
        static IEnumerable<string> Names(JsonNode metadata) =>
            metadata.AsArray().Select(f => (string)f!["name"]!).Order(StringComparer.Ordinal);

        var built = JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.FunctionAppOutput, "functions.metadata")))!;

        Assert.Equal(Names(built), Names(ReadJson("functions.metadata")));
    }

    [Fact]
    public void The_worker_is_the_runtime_and_version_the_Bicep_asks_the_plan_for()
    {
        var runtime = template.TheOnly("Microsoft.Web/sites")["properties"]!["functionAppConfig"]!["runtime"]!;
        var worker = ReadJson("worker.config.json")["description"]!;
        var runtimeConfig = ReadJson("OutlookFollowUp.FunctionApp.runtimeconfig.json")["runtimeOptions"]!;

        Assert.Equal((string?)runtime["name"], (string?)worker["language"]);
        Assert.True(File.Exists(InPackage((string)worker["defaultWorkerPath"]!)));
        Assert.Equal($"net{(string?)runtime["version"]}", (string?)runtimeConfig["tfm"]);
    }

    [Fact]
    public void The_products_assemblies_are_precompiled_ReadyToRun_for_cold_start()
    {
        var ours = Directory.GetFiles(InPackage(""), "OutlookFollowUp.*.dll");

        Assert.NotEmpty(ours);
        Assert.All(ours, assembly =>
        {
            using var reader = new PEReader(File.OpenRead(assembly));
            // A ReadyToRun image points its CLI header's managed-native header at the READYTORUN_HEADER; IL-only is 0.
            Assert.True(
                reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0,
                $"{Path.GetFileName(assembly)} is IL only.");
        });
    }
}
