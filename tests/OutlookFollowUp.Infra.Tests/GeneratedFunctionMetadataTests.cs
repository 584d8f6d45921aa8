using System.Text.Json.Nodes;

namespace OutlookFollowUp.Infra.Tests;

/// <summary>
/// The Functions app as the Functions host indexes it: the functions.metadata and extensions.json that the worker Sdk
/// generated from the compiled function classes (not a hand-written copy), and the settings their bindings name, which
/// the compiled Bicep must set: the host resolves %Name% from app settings and fails to index a function whose setting
/// is missing ("'%…%' does not resolve to a value", azure-webjobs-sdk issue 3070).
/// </summary>
[Collection(CompiledTemplateFixture.Name)]
public sealed class GeneratedFunctionMetadataTests(CompiledTemplate template)
{
    private static readonly JsonArray Functions =
        JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.FunctionAppOutput, "functions.metadata")))!.AsArray();

    private static JsonObject Trigger(string function) =>
        Functions.Select(f => f!.AsObject()).Single(f => (string?)f["name"] == function)["bindings"]!.AsArray()
            .Select(b => b!.AsObject()).Single(b => ((string?)b["type"])!.EndsWith("Trigger", StringComparison.Ordinal));

    [Fact]
    public void Every_function_is_indexed_with_its_trigger()
    {
        var triggers = Functions.Select(f => f!.AsObject())
            .ToDictionary(f => (string)f["name"]!, f => (string?)Trigger((string)f["name"]!)["type"]);

        Assert.Equal(20, triggers.Count);
        Assert.Equal(17, triggers.Values.Count(t => t == "httpTrigger"));
        Assert.Equal("timerTrigger", triggers["Sweep"]);
        Assert.Equal("timerTrigger", triggers["Replies"]);
        Assert.Equal("queueTrigger", triggers["MailboxWork"]);
    }

    [Theory]
    [InlineData("Sweep", "%Schedules:Sweep%")]
    [InlineData("Replies", "%Schedules:Replies%")]
    public void Timers_read_their_schedule_from_an_app_setting_and_never_run_on_start_up(string function, string schedule)
    {
        var trigger = Trigger(function);

        Assert.Equal(schedule, (string?)trigger["schedule"]);
        Assert.NotEqual(true, (bool?)trigger["runOnStartup"]);
    }

    [Fact]
    public void The_mailbox_worker_reads_the_queue_named_by_an_app_setting_over_the_Storage_connection()
    {
        var trigger = Trigger("MailboxWork");

        Assert.Equal("%Queues:Sweep%", (string?)trigger["queueName"]);
        Assert.Equal("Storage", (string?)trigger["connection"]);
    }

    [Fact]
    public void Every_setting_a_binding_names_is_set_by_the_compiled_Bicep()
    {
        var settings = template.AppSettings();
        var named = Functions.SelectMany(f => f!["bindings"]!.AsArray())
            .SelectMany(b => new[] { (string?)b!["schedule"], (string?)b["queueName"] })
            .OfType<string>()
            .Where(v => v.StartsWith('%'))
            .Select(v => v.Trim('%').Replace(":", "__", StringComparison.Ordinal))
            .Distinct();

        // The "Storage" connection's identity-based settings are checked, values and all, by
        // AppSettingsTests.Product_storage_is_reached_with_the_managed_identity_not_a_connection_string.
        Assert.All(named, name => Assert.True(settings.ContainsKey(name), $"The app setting {name} that a binding names is not set."));
    }

    [Fact]
    public void The_host_loads_the_storage_queues_extension()
    {
        var extensions = JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.FunctionAppOutput, "extensions.json")))!["extensions"]!.AsArray();

        Assert.Contains(extensions, e => (string?)e!["name"] == "AzureStorageQueues");
    }
}
