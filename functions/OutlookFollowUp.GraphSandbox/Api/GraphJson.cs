using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>Writes sandbox items in Graph's v1.0 JSON shapes and reads the parts of request bodies the sandbox understands.</summary>
internal static partial class GraphJson
{
    private static readonly string[] FlagStatuses = ["notFlagged", "flagged", "complete"];

    public static JsonObject Event(SandboxEvent e, ExpandedProperties expand, TimeZoneInfo? zone, string zoneName)
    {
        var json = new JsonObject
        {
            ["id"] = e.Id,
            ["createdDateTime"] = Instant(e.CreatedAt),
            ["lastModifiedDateTime"] = Instant(e.CreatedAt),
            ["subject"] = e.Subject,
            ["bodyPreview"] = Preview(e.BodyContent),
            ["body"] = new JsonObject { ["contentType"] = e.BodyContentType, ["content"] = e.BodyContent },
            ["start"] = DateTimeTimeZone(e.Start, zone, zoneName),
            ["end"] = DateTimeTimeZone(e.End, zone, zoneName),
            ["originalStartTimeZone"] = e.OriginalTimeZone,
            ["originalEndTimeZone"] = e.OriginalTimeZone,
            ["categories"] = Strings(e.Categories),
            ["isReminderOn"] = e.IsReminderOn,
            ["reminderMinutesBeforeStart"] = e.ReminderMinutesBeforeStart,
            ["showAs"] = e.ShowAs,
            ["isCancelled"] = false,
            ["isAllDay"] = false,
        };

        // Graph returns transactionId only to the app that set it.
        if (e.TransactionId is not null)
        {
            json["transactionId"] = e.TransactionId;
        }

        AddProperties(json, e.Properties, expand);
        return json;
    }

    /// <summary>A message as Graph writes it; its id is the immutable one when the client sent <c>Prefer: IdType="ImmutableId"</c>.</summary>
    public static JsonObject Message(SandboxMessage m, ExpandedProperties expand, bool immutableIds)
    {
        var json = new JsonObject
        {
            ["id"] = immutableIds ? m.Id : m.RestId,
            ["createdDateTime"] = Instant(m.CreatedAt),
            ["lastModifiedDateTime"] = Instant(m.LastModifiedAt),
            ["receivedDateTime"] = Instant(m.CreatedAt),
            ["subject"] = m.Subject,
            ["bodyPreview"] = Preview(m.BodyContent),
            ["body"] = new JsonObject { ["contentType"] = m.BodyContentType, ["content"] = m.BodyContent },
            ["conversationId"] = m.ConversationId,
            ["parentFolderId"] = m.Folder,
            ["isDraft"] = m.IsDraft,
            ["isRead"] = true,
            ["categories"] = Strings(m.Categories),
            ["toRecipients"] = new JsonArray([.. m.ToRecipients.Select(Recipient)]),
            ["flag"] = new JsonObject { ["flagStatus"] = m.FlagStatus },
        };
        if (m.InternetMessageId is not null)
        {
            json["internetMessageId"] = m.InternetMessageId;
        }

        // Received mail only, as in Graph. A sandbox message carries no quoted history, so its unique body is its body.
        if (!m.IsDraft)
        {
            json["uniqueBody"] = new JsonObject { ["contentType"] = m.BodyContentType, ["content"] = m.BodyContent };
            if (m.Headers.Count > 0)
            {
                json["internetMessageHeaders"] = new JsonArray([.. m.Headers.Select(h => (JsonNode)new JsonObject { ["name"] = h.Key, ["value"] = h.Value })]);
            }
        }

        if (m.From is not null)
        {
            json["from"] = Recipient(m.From);
            json["sender"] = Recipient(m.From);
        }

        AddProperties(json, m.Properties, expand);
        return json;
    }

    public static JsonObject Recipient(SandboxRecipient r) =>
        new() { ["emailAddress"] = new JsonObject { ["address"] = r.Address, ["name"] = r.Name ?? r.Address } };

    public static List<SandboxRecipient>? Recipients(JsonNode? node) =>
        node is JsonArray array
            ? [.. array.Select(r => new SandboxRecipient(
                (string?)r?["emailAddress"]?["address"] ?? throw new FormatException("A recipient needs emailAddress.address."),
                (string?)r?["emailAddress"]?["name"]))]
            : null;

    public static List<string>? StringList(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(n => (string?)n ?? "")] : null;

    /// <exception cref="FormatException">A property without an id, or with an id Graph would not take.</exception>
    public static IReadOnlyList<(string Id, string Value)> ExtendedProperties(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(p => (ExtendedPropertyIdOf(p), (string?)p?["value"] ?? ""))] : [];

    private static string ExtendedPropertyIdOf(JsonNode? property)
    {
        var id = (string?)property?["id"] ?? throw new FormatException("An extended property needs an id.");
        return ExtendedPropertyId.IsValid(id) ? id : throw new FormatException($"The extended property id '{id}' is not valid.");
    }

    /// <summary>The flagStatus of a PATCH's <c>flag</c>, or null when the body does not set one.</summary>
    /// <exception cref="FormatException">A flag status Graph does not know.</exception>
    public static string? FlagStatus(JsonNode? node)
    {
        if (node is not JsonObject flag || !flag.ContainsKey("flagStatus"))
        {
            return null;
        }

        var status = (string?)flag["flagStatus"];
        return FlagStatuses.FirstOrDefault(s => s.Equals(status, StringComparison.OrdinalIgnoreCase))
            ?? throw new FormatException($"Unknown flagStatus: {status}");
    }

    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    // Graph's dateTimeTimeZone: a local wall-clock time without offset, plus the zone it is in.
    private static JsonObject DateTimeTimeZone(DateTimeOffset utc, TimeZoneInfo? zone, string zoneName)
    {
        var local = zone is null ? utc.UtcDateTime : TimeZoneInfo.ConvertTime(utc, zone).DateTime;
        return new JsonObject
        {
            ["dateTime"] = local.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture),
            ["timeZone"] = zoneName,
        };
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static void AddProperties(JsonObject json, ExtendedProperties properties, ExpandedProperties expand)
    {
        if (!expand.Any)
        {
            return;
        }

        json["singleValueExtendedProperties"] = new JsonArray([.. properties.All
            .Where(p => expand.Includes(p.Id))
            .Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["value"] = p.Value })]);
    }

    // Graph's bodyPreview is the first 255 characters of the body as text.
    private static string Preview(string html)
    {
        var text = PlainText(html);
        return text.Length <= 255 ? text : text[..255];
    }

    /// <summary>An HTML body as one line of text: tags dropped, entities decoded, whitespace collapsed.</summary>
    internal static string PlainText(string html) =>
        SpacePattern().Replace(WebUtility.HtmlDecode(TagPattern().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();
}
