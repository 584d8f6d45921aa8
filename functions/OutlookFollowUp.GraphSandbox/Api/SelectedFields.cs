using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>
/// <c>$select</c> as Graph applies it ("Use query parameters to customize responses"): with it, only the named
/// properties come back, plus <c>id</c> and what <c>$expand</c> asked for; without it, the resource's default set,
/// which for a message leaves out <c>internetMessageHeaders</c> and <c>uniqueBody</c> ("message resource type":
/// returned only on $select). A client that forgets to select what it reads gets nothing here, as from Graph.
/// </summary>
internal static class SelectedFields
{
    private static readonly string[] NotByDefault = ["internetMessageHeaders", "uniqueBody"];

    public static JsonObject Apply(HttpRequest request, JsonObject json)
    {
        var select = request.Query["$select"].ToString();
        if (string.IsNullOrWhiteSpace(select))
        {
            foreach (var name in NotByDefault)
            {
                json.Remove(name);
            }

            return json;
        }

        var keep = select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Append("id").Append("singleValueExtendedProperties").ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in json.Select(p => p.Key).Where(name => !keep.Contains(name)).ToList())
        {
            json.Remove(name);
        }

        return json;
    }
}
