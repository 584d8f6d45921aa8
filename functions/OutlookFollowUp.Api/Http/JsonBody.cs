using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OutlookFollowUp.Api.Http;

/// <summary>
/// A JSON request body bound by the handler's rules instead of the framework's: at most
/// <see cref="ApiOptions.MaxBodyBytes"/> (413 otherwise), <c>application/json</c> (415 otherwise), and a JSON error
/// becomes a validation problem naming the field it happened at (<c>callbackDate</c>, <c>tags.goals[3]</c>).
/// Handlers check <see cref="Problem"/> first.
/// </summary>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "BindAsync is the minimal-API binding convention.")]
public sealed class JsonBody<T> where T : class
{
    private static readonly string[] JsonTypes = ["application/json"];

    private JsonBody(T? value, ProblemHttpResult? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    /// <summary>Why the body could not be read; null when <see cref="Value"/> is set.</summary>
    public ProblemHttpResult? Problem { get; }

    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var api = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
        var json = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value;

        var (bytes, _, problem) = await BodyReader.ReadAsync(context.Request, api.MaxBodyBytes, JsonTypes);
        if (problem is not null)
        {
            return new(null, problem);
        }

        return Deserialize(bytes!, json.SerializerOptions);
    }

    internal static JsonBody<T> Deserialize(ReadOnlySpan<byte> bytes, JsonSerializerOptions options)
    {
        try
        {
            var value = bytes.Length == 0 ? null : JsonSerializer.Deserialize<T>(bytes, options);
            return value is null
                ? new(null, Problems.Invalid("body", "A JSON object is required."))
                : new(value, null);
        }
        catch (JsonException e)
        {
            return new(null, Problems.Invalid(FieldOf(e.Path), "This value is not valid JSON of the expected type."));
        }
    }

    /// <summary>"$.tags.goals[3]" → "tags.goals[3]"; the root → "body".</summary>
    internal static string FieldOf(string? path) =>
        path is null or "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
