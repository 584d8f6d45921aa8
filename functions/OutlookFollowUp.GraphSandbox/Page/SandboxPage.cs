using System.Globalization;
using System.Net;
using System.Text;
using OutlookFollowUp.GraphSandbox.Api;

namespace OutlookFollowUp.GraphSandbox.Page;

/// <summary>
/// A plain server-rendered page showing, per sandbox mailbox, its calendar and drafts as the rep would see them
/// (times in the rep's zone), so a person can check what a sweep did. Every value is HTML-encoded: subjects and
/// bodies come from prospects and reps.
/// </summary>
internal static class SandboxPage
{
    public static string Render(GraphSandbox sandbox)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Graph sandbox</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}")
            .Append("th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}th{background:#f3f3f3}")
            .Append(".muted{color:#666}</style></head><body><h1>Graph sandbox</h1>");
        var counters = sandbox.Counters;
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"muted\">Requests {counters.Requests} · events created {counters.EventsCreated} · drafts created {counters.DraftsCreated} · replies created {counters.RepliesCreated} · throttled (injected) {counters.InjectedThrottles} · throttled (MailboxConcurrency) {counters.ConcurrencyThrottles} · sends {counters.Sends}</p>");

        foreach (var user in sandbox.Users)
        {
            var zone = TimeZoneInfo.TryFindSystemTimeZoneById(user.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(user.DisplayName)} <span class=\"muted\">{E(user.UserPrincipalName)}</span></h2>")
                .Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(user.TimeZone)} · {E(string.Join(", ", user.WorkingDays))} · {user.WorkdayStart:HH\\:mm}–{user.WorkdayEnd:HH\\:mm}</p>");

            html.Append("<h3>Calendar</h3><table><tr><th>Start (rep's time)</th><th>End</th><th>Subject</th><th>Categories</th><th>Reminder</th><th>Body</th></tr>");
            foreach (var e in sandbox.Events(user.Id))
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{E(Local(e.Start, zone))}</td><td>{E(Local(e.End, zone))}</td><td>{E(e.Subject)}</td><td>{E(string.Join(", ", e.Categories))}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{(e.IsReminderOn ? E($"{e.ReminderMinutesBeforeStart} min") : "off")}</td><td>{E(Preview(e.BodyHtml))}</td></tr>");
            }

            html.Append("</table><h3>Drafts</h3><table><tr><th>Created</th><th>To</th><th>Subject</th><th>Categories</th><th>Body</th></tr>");
            foreach (var m in sandbox.Drafts(user.Id))
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{E(Local(m.CreatedAt, zone))}</td><td>{E(string.Join(", ", m.ToRecipients.Select(r => $"{r.Name} <{r.Address}>")))}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{E(m.Subject)}</td><td>{E(string.Join(", ", m.Categories))}</td><td>{E(Preview(m.BodyHtml))}</td></tr>");
            }

            html.Append("</table>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Preview(string html)
    {
        var text = GraphJson.PlainText(html);
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
