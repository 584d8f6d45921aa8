using System.Reflection;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.Integration.Tests.FunctionApp;

/// <summary>
/// The functions.metadata that the worker Sdk generated into the Functions app's build output: what the Functions host
/// indexes, so what these tests route and invoke by (never a hand-written copy).
/// </summary>
internal static class GeneratedFunctions
{
    private static readonly string Output = typeof(GeneratedFunctions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "FunctionAppOutput").Value!;

    public static IReadOnlyList<GeneratedFunction> All { get; } =
        [.. JsonNode.Parse(File.ReadAllText(Path.Combine(Output, "functions.metadata")))!.AsArray().Select(f => GeneratedFunction.From(f!.AsObject()))];

    public static IEnumerable<GeneratedFunction> Http => All.Where(f => f.Route is not null);

    public static GeneratedFunction Named(string name) => All.Single(f => f.Name == name);
}

/// <summary>One indexed function: its name, entry point and, for an HTTP trigger, its route (with the host's "api" prefix) and methods.</summary>
internal sealed record GeneratedFunction(string Name, string EntryPoint, string TriggerType, string? Route, IReadOnlyList<string> Methods)
{
    /// <summary>The host's route prefix (host.json, extensions.http.routePrefix).</summary>
    public const string RoutePrefix = "api";

    public static GeneratedFunction From(JsonObject function)
    {
        var trigger = function["bindings"]!.AsArray().Select(b => b!.AsObject())
            .Single(b => ((string)b["type"]!).EndsWith("Trigger", StringComparison.Ordinal));
        var route = (string?)trigger["route"];
        return new GeneratedFunction(
            (string)function["name"]!,
            (string)function["entryPoint"]!,
            (string)trigger["type"]!,
            route is null ? null : $"{RoutePrefix}/{route}",
            [.. (trigger["methods"]?.AsArray() ?? []).Select(m => ((string)m!).ToUpperInvariant())]);
    }

    /// <summary>The static or instance method the host invokes, found in the Functions app's assembly.</summary>
    public MethodInfo Method()
    {
        var split = EntryPoint.LastIndexOf('.');
        var type = typeof(OutlookFollowUp.FunctionApp.FunctionAppExtensions).Assembly.GetType(EntryPoint[..split], throwOnError: true)!;
        return type.GetMethod(EntryPoint[(split + 1)..]) ?? throw new InvalidOperationException($"{EntryPoint} is not in the Functions app.");
    }
}
