using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>Reads a JSON request body; an empty body reads as an empty object, as createReply allows.</summary>
internal static class RequestBody
{
    public static async Task<JsonObject?> ReadAsync(HttpRequest request)
    {
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return node as JsonObject;
        }
        catch (JsonException)
        {
            return request.ContentLength is 0 or null && !request.Headers.ContainsKey("Transfer-Encoding") ? [] : null;
        }
    }
}
