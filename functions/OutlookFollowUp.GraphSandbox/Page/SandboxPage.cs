using System.Globalization;
using System.Net;
using System.Text;
using OutlookFollowUp.GraphSandbox.Api;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.GraphSandbox.Page;

/// <summary>
/// A plain server-rendered page showing, per sandbox mailbox, its calendar, drafts and inbox as the rep would see them
/// (times in the rep's zone), so a person can check what a sweep did, and buttons that make a thread's prospect answer
/// (see <see cref="Api.ProspectReplyApi"/>). Every value is HTML-encoded: subjects and bodies come from prospects and reps.
/// </summary>
internal static class SandboxPage
{
    // A module script, so it runs after the page is parsed; it only posts the data attributes the server wrote.
    private const string Script = """
        <script type="module">
        const mailboxes = document.body.dataset.mailboxes;
        document.addEventListener('click', async (event) => {
          const button = event.target.closest('button[data-reply]');
          if (!button) return;
          button.disabled = true;
          const response = await fetch(`${mailboxes}/${encodeURIComponent(button.dataset.user)}/prospect-reply`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ conversationId: button.dataset.conversation, automatic: button.dataset.reply === 'automatic' }),
          });
          if (response.ok) { location.reload(); return; }
          button.disabled = false;
          alert(`The sandbox refused: ${response.status}`);
        });
        </script>
        """;

    /// <param name="sandbox">The tenant to show.</param>
    /// <param name="adminBase">Where the sandbox's admin routes are mounted, e.g. "/sandbox".</param>
    public static string Render(GraphSandbox sandbox, string adminBase)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Graph sandbox</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}")
            .Append("th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}th{background:#f3f3f3}")
            .Append(".muted{color:#666}</style></head>")
            .Append(CultureInfo.InvariantCulture, $"<body data-mailboxes=\"{E(adminBase + "/mailboxes")}\"><h1>Graph sandbox</h1>");
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
            AppendInbox(html, sandbox, user, zone);
        }

        return html.Append(Script).Append("</body></html>").ToString();
    }

    // Received mail, newest first; the message that opened a prospect's thread gets the buttons that make them answer.
    private static void AppendInbox(StringBuilder html, GraphSandbox sandbox, SandboxUser user, TimeZoneInfo zone)
    {
        var inbox = sandbox.Messages(user.Id).Where(m => !m.IsDraft && m.Folder == "inbox").ToList();
        var openers = inbox.GroupBy(m => m.ConversationId).Select(thread => thread.MinBy(m => m.CreatedAt)!.Id).ToHashSet();
        html.Append("<h3>Inbox</h3><table><tr><th>Received</th><th>From</th><th>Subject</th><th>Categories</th><th>Flag</th><th>Act as the prospect</th></tr>");
        foreach (var m in inbox)
        {
            var fromProspect = m.From is { } f && !f.Address.Equals(user.UserPrincipalName, StringComparison.OrdinalIgnoreCase);
            var actions = openers.Contains(m.Id) && fromProspect
                ? $"<button type=\"button\" data-reply=\"human\" data-user=\"{E(user.Id)}\" data-conversation=\"{E(m.ConversationId)}\">Prospect replies</button> "
                    + $"<button type=\"button\" data-reply=\"automatic\" data-user=\"{E(user.Id)}\" data-conversation=\"{E(m.ConversationId)}\">Out of office</button>"
                : "";
            html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{E(Local(m.CreatedAt, zone))}</td><td>{E(m.From is null ? "" : $"{m.From.Name} <{m.From.Address}>")}</td><td>{E(m.Subject)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{E(string.Join(", ", m.Categories))}</td><td>{E(m.FlagStatus)}</td><td>{actions}</td></tr>");
        }

        html.Append("</table>");
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
