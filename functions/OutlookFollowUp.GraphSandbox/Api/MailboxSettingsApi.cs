using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary><c>GET /users/{user}/mailboxSettings</c>: the time zone and working hours the gateway schedules by.</summary>
internal static class MailboxSettingsApi
{
    public static IResult Get(HttpContext context)
    {
        var user = SandboxRequest.Mailbox(context).User;
        // Outlook reports Windows names, whatever zone id the sandbox's user was made with.
        var zone = GraphTimeZones.WindowsName(user.TimeZone);
        return Results.Json(new JsonObject
        {
            ["timeZone"] = zone,
            ["dateFormat"] = "yyyy-MM-dd",
            ["timeFormat"] = "HH:mm",
            ["language"] = new JsonObject { ["locale"] = "en-US", ["displayName"] = "English (United States)" },
            ["workingHours"] = new JsonObject
            {
                ["daysOfWeek"] = new JsonArray([.. user.WorkingDays.Select(d => (JsonNode?)JsonValue.Create(d.ToString().ToLowerInvariant()))]),
                ["startTime"] = user.WorkdayStart.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
                ["endTime"] = user.WorkdayEnd.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
                ["timeZone"] = new JsonObject { ["name"] = zone },
            },
        });
    }
}
