using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>Calendar routes: list with $filter, get, create with transactionId de-duplication, and calendarView.</summary>
internal static class EventsApi
{
    public static IResult List(HttpContext context, GraphSandbox sandbox)
    {
        ODataFilter filter;
        try
        {
            filter = ODataFilter.Parse(context.Request.Query["$filter"]);
        }
        catch (FormatException e)
        {
            return GraphErrors.BadRequest("ErrorInvalidUrlQueryFilter", e.Message, sandbox.Time);
        }

        var events = SandboxRequest.Mailbox(context).Events(filter.Matches);
        return Results.Json(Paging.Page(context.Request, events, Writer(context)));
    }

    public static IResult Get(HttpContext context, GraphSandbox sandbox, string id)
    {
        var item = SandboxRequest.Mailbox(context).FindEvent(id);
        return item is null ? GraphErrors.ItemNotFound(sandbox.Time) : Results.Json(Writer(context)(item));
    }

    /// <summary>Events overlapping [startDateTime, endDateTime), ordered by start, as Graph expands them.</summary>
    public static IResult CalendarView(HttpContext context, GraphSandbox sandbox)
    {
        var query = context.Request.Query;
        if (!DateTimeOffset.TryParse(query["startDateTime"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
            || !DateTimeOffset.TryParse(query["endDateTime"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var end))
        {
            return GraphErrors.BadRequest("ErrorInvalidParameter",
                "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.", sandbox.Time);
        }

        var events = SandboxRequest.Mailbox(context).Events(e => e.Start < end && e.End > start);
        return Results.Json(Paging.Page(context.Request, events, Writer(context)));
    }

    public static async Task<IResult> Create(HttpContext context, GraphSandbox sandbox)
    {
        var body = await RequestBody.ReadAsync(context.Request);
        if (body is null)
        {
            return GraphErrors.BadRequest("RequestBodyRead", "The request body is not a JSON object.", sandbox.Time);
        }

        SandboxEvent item;
        try
        {
            item = Read(body, sandbox.Time.GetUtcNow());
        }
        catch (TimeZoneNotSupportedException e)
        {
            return GraphErrors.BadRequest("TimeZoneNotSupportedException", GraphTimeZones.NotSupported(e.Zone), sandbox.Time);
        }
        catch (Exception e) when (e is FormatException or TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return GraphErrors.BadRequest("ErrorInvalidRequest", e.Message, sandbox.Time);
        }

        var (stored, created) = SandboxRequest.Mailbox(context).AddEvent(item, sandbox.CurrentFaults.TransactionIdMemory);
        if (created)
        {
            sandbox.Counters.EventCreated();
        }
        else
        {
            sandbox.Counters.TransactionIdReplay();
        }

        return Results.Json(Writer(context)(stored), statusCode: StatusCodes.Status201Created);
    }

    private static Func<SandboxEvent, JsonNode> Writer(HttpContext context)
    {
        var expand = ExpandedProperties.Parse(context.Request.Query["$expand"]);
        var zone = PreferHeader.OutlookTimeZone(context.Request, out var zoneName);
        return e => SelectedFields.Apply(context.Request, GraphJson.Event(e, expand, zone, zoneName));
    }

    private static SandboxEvent Read(JsonObject body, DateTimeOffset now)
    {
        var (start, zoneName) = Instant(body["start"], "start");
        var (end, _) = Instant(body["end"], "end");
        if (end <= start)
        {
            throw new FormatException("An event must end after it starts.");
        }

        var item = new SandboxEvent
        {
            Id = SandboxIds.NewItemId(),
            TransactionId = (string?)body["transactionId"],
            CreatedAt = now,
            Subject = (string?)body["subject"] ?? "",
            BodyContentType = ((string?)body["body"]?["contentType"] ?? "text").ToLowerInvariant(),
            BodyContent = (string?)body["body"]?["content"] ?? "",
            Start = start,
            End = end,
            OriginalTimeZone = zoneName,
            Categories = GraphJson.StringList(body["categories"]) ?? [],
            IsReminderOn = (bool?)body["isReminderOn"] ?? true,
            ReminderMinutesBeforeStart = (int?)body["reminderMinutesBeforeStart"] ?? 15,
            ShowAs = (string?)body["showAs"] ?? "busy",
        };
        foreach (var (id, value) in GraphJson.ExtendedProperties(body["singleValueExtendedProperties"]))
        {
            item.Properties.Set(id, value);
        }

        return item;
    }

    // dateTimeTimeZone: wall-clock time in the named zone, which must be one Graph takes ("dateTimeTimeZone resource type").
    private static (DateTimeOffset Utc, string Zone) Instant(JsonNode? node, string name)
    {
        var text = (string?)node?["dateTime"] ?? throw new FormatException($"The event's {name} needs a dateTime.");
        var zoneName = (string?)node?["timeZone"] ?? "UTC";
        if (!GraphTimeZones.IsAccepted(zoneName))
        {
            throw new TimeZoneNotSupportedException(zoneName);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneName);
        var local = DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Unspecified);
        return (new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero), zoneName);
    }
}

/// <summary>A dateTimeTimeZone named a zone Graph does not take.</summary>
internal sealed class TimeZoneNotSupportedException(string zone) : Exception($"Time zone '{zone}' is not supported.")
{
    public string Zone { get; } = zone;
}
