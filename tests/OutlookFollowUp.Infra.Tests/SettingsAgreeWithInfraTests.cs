using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OutlookFollowUp.FunctionApp;
using Xunit.Abstractions;

namespace OutlookFollowUp.Infra.Tests;

/// <summary>
/// The settings the Functions app reads and the settings the compiled Bicep gives it are the same set: the app's real
/// composition (what Program.cs runs) is started with exactly the names the Bicep sets, while a configuration source
/// records every name the app asks for. A name the app needs and the Bicep lacks fails start-up validation; a name the
/// Bicep sets and nothing reads (a typo, a setting left behind) fails the reverse check; a name read and not set must
/// have a default, which start-up validation proves by passing without it.
/// </summary>
[Collection(CompiledTemplateFixture.Name)]
public sealed class SettingsAgreeWithInfraTests(CompiledTemplate template, ITestOutputHelper output)
{
    /// <summary>The product's own sections; the others (AzureWebJobsStorage, APPLICATIONINSIGHTS_*, AZURE_CLIENT_ID) are the platform's.</summary>
    private static readonly string[] ProductSections = ["Storage", "Queues", "Graph", "Schedules", "Api", "Jobs"];

    /// <summary>
    /// Values for the settings whose compiled value is an ARM expression (a parameter, an endpoint, a host name),
    /// resolved as a deployment would resolve them. Literal values are taken from the template as they are.
    /// </summary>
    private static readonly Dictionary<string, string> DeploymentValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Storage:TableServiceUri"] = "https://stfollowup.table.core.windows.net/",
        ["Storage:QueueServiceUri"] = "https://stfollowup.queue.core.windows.net/",
        ["Storage:ClientId"] = "4d1c2a10-0000-4000-8000-0000000000aa",
        ["Queues:Sweep"] = "mailbox-work",
        ["Graph:BaseUrl"] = "https://graph.microsoft.com/v1.0",
        ["Graph:TenantId"] = "7e57a000-0000-4000-8000-000000000001",
        ["Graph:ClientId"] = "5e2d3b20-0000-4000-8000-0000000000bb",
        ["Graph:ManagedIdentityClientId"] = "4d1c2a10-0000-4000-8000-0000000000aa",
        ["Schedules:Sweep"] = "0 */5 * * * *",
        ["Schedules:Replies"] = "0 2/30 * * * *",
        ["Api:Audience"] = "api://5e2d3b20-0000-4000-8000-0000000000bb",
        ["Api:ClientId"] = "5e2d3b20-0000-4000-8000-0000000000bb",
        ["Api:TenantId"] = "7e57a000-0000-4000-8000-000000000001",
        ["Api:Instance"] = "https://login.microsoftonline.com/",
        ["Api:PublicBaseUrl"] = "https://func-follow-up.azurewebsites.net",
        ["Api:OutcomeLinkKey"] = Convert.ToBase64String(new byte[32]),
    };

    [Fact]
    public void The_app_starts_with_exactly_the_settings_the_Bicep_gives_it()
    {
        var settings = ProductSettings();

        var defaulted = StartWith(settings).Where(IsProductSetting).Except(settings.Keys, StringComparer.OrdinalIgnoreCase);

        output.WriteLine("Read and left to their defaults: " + string.Join(", ", defaulted.Order()));
    }

    [Fact]
    public void Every_setting_the_Bicep_gives_the_product_is_read_by_the_app_or_by_the_Functions_host()
    {
        var settings = ProductSettings();
        var read = StartWith(settings).Concat(ReadByTheFunctionsHost());

        var unread = settings.Keys.Except(read, StringComparer.OrdinalIgnoreCase).Order().ToList();

        Assert.True(unread.Count == 0, "Set by the Bicep, read by nothing: " + string.Join(", ", unread));
    }

    [Theory]
    [InlineData("Graph:ClientId")]
    [InlineData("Storage:TableServiceUri")]
    public void Without_a_setting_the_Bicep_gives_the_app_does_not_start(string setting)
    {
        var settings = ProductSettings();
        settings.Remove(setting);

        Assert.ThrowsAny<Exception>(() => StartWith(settings));
    }

    /// <summary>The compiled app settings of the product's sections, as configuration keys, with a deployment's values.</summary>
    private Dictionary<string, string?> ProductSettings()
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in template.AppSettings())
        {
            var key = name.Replace("__", ":", StringComparison.Ordinal);
            if (!IsProductSetting(key))
            {
                continue;
            }

            var compiled = value?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)value : value?.ToJsonString();
            settings[key] = compiled is ['[', ..]
                ? DeploymentValues.GetValueOrDefault(key) ?? throw new InvalidOperationException($"No deployment value for {key} (compiled as {compiled}).")
                : compiled;
        }

        return settings;
    }

    private static bool IsProductSetting(string key) =>
        key.Contains(':', StringComparison.Ordinal) && ProductSections.Contains(key.Split(':')[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Starts the real composition as the host would (Production, options validated on start) over only these settings,
    /// and returns every configuration name it asked for.
    /// </summary>
    private static IReadOnlyCollection<string> StartWith(IReadOnlyDictionary<string, string?> settings)
    {
        var recorder = new RecordingConfigurationSource();
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Environment.EnvironmentName = Environments.Production;
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        ((IConfigurationBuilder)builder.Configuration).Add(recorder);
        builder.AddFollowUpFunctionApp();

        using var host = builder.Build();
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        return recorder.Keys;
    }

    /// <summary>
    /// What the host resolves itself from functions.metadata: %Name% expressions of the bindings, and for each binding
    /// connection its identity-based form, which the host reads as &lt;connection&gt;__queueServiceUri, __credential
    /// and __clientId ("Connecting to host storage with an identity", Azure Functions reference).
    /// </summary>
    private static IEnumerable<string> ReadByTheFunctionsHost()
    {
        var bindings = JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.FunctionAppOutput, "functions.metadata")))!.AsArray()
            .SelectMany(f => f!["bindings"]!.AsArray()).Select(b => b!.AsObject()).ToList();
        var expressions = bindings.SelectMany(b => new[] { (string?)b["schedule"], (string?)b["queueName"] })
            .OfType<string>().Where(v => v.StartsWith('%') && v.EndsWith('%')).Select(v => v.Trim('%'));
        var connections = bindings.Select(b => (string?)b["connection"]).OfType<string>().Distinct()
            .SelectMany(c => new[] { $"{c}:queueServiceUri", $"{c}:credential", $"{c}:clientId" });
        return expressions.Concat(connections);
    }

    /// <summary>Answers nothing and remembers every key asked for; added last, so it is asked before any other source.</summary>
    private sealed class RecordingConfigurationSource : IConfigurationSource
    {
        private readonly RecordingProvider _provider = new();

        public IReadOnlyCollection<string> Keys => _provider.Keys;

        public IConfigurationProvider Build(IConfigurationBuilder builder) => _provider;

        private sealed class RecordingProvider : ConfigurationProvider
        {
            private readonly HashSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);

            public IReadOnlyCollection<string> Keys
            {
                get
                {
                    lock (_keys)
                    {
                        return [.. _keys];
                    }
                }
            }

            public override bool TryGet(string key, out string? value)
            {
                lock (_keys)
                {
                    _keys.Add(key);
                }

                value = null;
                return false;
            }
        }
    }
}
