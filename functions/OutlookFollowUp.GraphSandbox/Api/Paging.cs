using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>
/// Graph-style collections: <c>$top</c> (10 by default, as Graph's mail and calendar lists) and <c>$skip</c>, with an
/// <c>@odata.nextLink</c> to the next page, so a client that ignores paging misses items here as it would in Graph.
/// </summary>
internal static class Paging
{
    private const int DefaultPageSize = 10;
    private const int MaxPageSize = 1000;

    public static JsonObject Page<T>(HttpRequest request, IReadOnlyList<T> items, Func<T, JsonNode> write)
    {
        var top = Math.Clamp(IntQuery(request, "$top") ?? DefaultPageSize, 1, MaxPageSize);
        var skip = Math.Max(IntQuery(request, "$skip") ?? 0, 0);
        var page = new JsonObject { ["value"] = new JsonArray([.. items.Skip(skip).Take(top).Select(write)]) };
        if (skip + top < items.Count)
        {
            var query = request.Query.Where(q => q.Key != "$skip")
                .Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString()))
                .Append(KeyValuePair.Create("$skip", (string?)(skip + top).ToString(CultureInfo.InvariantCulture)));
            page["@odata.nextLink"] = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, QueryString.Create(query));
        }

        return page;
    }

    private static int? IntQuery(HttpRequest request, string name) =>
        int.TryParse(request.Query[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
