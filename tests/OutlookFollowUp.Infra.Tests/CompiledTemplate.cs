using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.Infra.Tests;

/// <summary>
/// infra/main.bicep compiled once per test run (bicep build) into ARM JSON, with helpers to find resources
/// in the nested module deployments.
/// </summary>
public sealed class CompiledTemplate : IDisposable
{
    private readonly string _outputDirectory = Directory.CreateTempSubdirectory("outlook-follow-up-infra-").FullName;

    public CompiledTemplate()
    {
        var outputFile = Path.Combine(_outputDirectory, "main.json");
        Build = BicepCli.Run("build", BicepCli.MainBicep, "--outfile", outputFile);
        Text = File.Exists(outputFile) ? File.ReadAllText(outputFile) : "";
        Root = Text.Length > 0 ? JsonNode.Parse(Text)!.AsObject() : new JsonObject();
    }

    /// <summary>The bicep build run that produced the template.</summary>
    internal BicepRun Build { get; }

    /// <summary>The compiled template as text.</summary>
    public string Text { get; }

    /// <summary>The compiled template.</summary>
    public JsonObject Root { get; }

    /// <summary>Every resource of the template and its nested deployments, with the template that declares it.</summary>
    public IEnumerable<(JsonObject Resource, JsonObject Template)> AllResources() => ResourcesOf(Root);

    /// <summary>Resources of one type, e.g. Microsoft.Web/sites.</summary>
    public IReadOnlyList<JsonObject> Resources(string type) =>
        AllResources().Where(r => string.Equals((string?)r.Resource["type"], type, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.Resource).ToList();

    /// <summary>The single resource of a type; fails the test when there is none or more than one.</summary>
    public JsonObject TheOnly(string type)
    {
        var matches = Resources(type);
        Assert.True(matches.Count == 1, $"Expected exactly one {type}, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The module deployment of main.bicep with this name (e.g. "api").</summary>
    public JsonObject Module(string name) =>
        Resources("Microsoft.Resources/deployments").Single(d => (string?)d["name"] == name);

    /// <summary>The value main.bicep passes to a module parameter, as JSON text.</summary>
    public string ModuleParameter(string module, string parameter) =>
        Json(Module(module)["properties"]!["parameters"]![parameter]);

    /// <summary>A node as JSON text with ARM expressions readable (quotes not escaped as \u0027).</summary>
    public static string Json(JsonNode? node) => node?.ToJsonString(Readable) ?? "";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The function app's application settings (names and ARM values).</summary>
    public JsonObject AppSettings() =>
        Resources("Microsoft.Web/sites/config").Single(c => ((string?)c["name"] ?? "").Contains("appsettings", StringComparison.Ordinal))
            ["properties"]!.AsObject();

    /// <summary>The default value of a parameter of main.bicep.</summary>
    public JsonNode? ParameterDefault(string parameter) => Root["parameters"]![parameter]!["defaultValue"];

    public void Dispose() => Directory.Delete(_outputDirectory, recursive: true);

    private static IEnumerable<(JsonObject, JsonObject)> ResourcesOf(JsonObject template)
    {
        // languageVersion 2.0 templates hold resources in an object keyed by symbolic name.
        var resources = template["resources"] switch
        {
            JsonArray array => array.Select(node => node!.AsObject()),
            JsonObject symbolic => symbolic.Select(pair => pair.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return (resource, template);
            if (resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in ResourcesOf(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CompiledTemplateFixture : ICollectionFixture<CompiledTemplate>
{
    public const string Name = "Compiled infra/main.bicep";
}
