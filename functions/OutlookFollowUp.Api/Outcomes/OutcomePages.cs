using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Api.Http;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Api.Outcomes;

/// <summary>
/// The pages a callback event's link opens: the call with four buttons, the confirmation, and the error pages. Every
/// value from a user (names, company, reason label) is HTML-encoded.
/// </summary>
internal static class OutcomePages
{
    private const string Title = "How did the call go?";

    public static string Label(CallbackOutcome outcome) => outcome switch
    {
        CallbackOutcome.Reached => "Reached",
        CallbackOutcome.NotReached => "Not reached",
        CallbackOutcome.Reopened => "Re-opened",
        CallbackOutcome.StillNo => "Still no",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>The call and, once its time has passed and the plan is open, the form that records the outcome.</summary>
    public static HtmlPage Form(PlanRecord plan, StepRecord step, ReasonCatalog catalog, string token, OutcomeRefusal refusal)
    {
        var html = new StringBuilder(Facts(plan, step, catalog));
        if (step.Outcome is { } recorded)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Recorded so far: <strong>{Label(recorded)}</strong>. Choose again to change it.</p>");
        }

        html.Append(refusal switch
        {
            OutcomeRefusal.None => Buttons(token),
            OutcomeRefusal.PlanClosed => "<p>This plan is closed, so the call's outcome can no longer be recorded.</p>",
            _ => "<p>Come back after the call: its outcome can be recorded once its time has passed.</p>",
        });
        return new HtmlPage(StatusCodes.Status200OK, Title, html.ToString());
    }

    public static HtmlPage Recorded(CallbackOutcome outcome) =>
        new(StatusCodes.Status200OK, "Recorded", $"<p>Recorded: <strong>{Label(outcome)}</strong> — you can close this tab.</p>"
            + (outcome == CallbackOutcome.Reopened ? "<p>The plan is paused, so nothing more goes out while you talk.</p>" : ""));

    public static HtmlPage Error(int statusCode, string title, string message) =>
        new(statusCode, title, $"<p>{HtmlEncoder.Default.Encode(message)}</p>");

    public static HtmlPage InvalidLink() =>
        Error(StatusCodes.Status400BadRequest, "This link is not valid", "Open the link from the callback event again, or record the outcome in the add-in.");

    public static HtmlPage ExpiredLink() =>
        Error(StatusCodes.Status400BadRequest, "This link has expired", "Record the outcome in the add-in instead.");

    public static HtmlPage NotFound() =>
        Error(StatusCodes.Status404NotFound, "Nothing to record here", "This call is no longer part of a plan.");

    private static string Facts(PlanRecord plan, StepRecord step, ReasonCatalog catalog)
    {
        var prospect = plan.Mark.Prospect;
        var who = string.IsNullOrWhiteSpace(prospect.Name) ? prospect.Email : prospect.Name;
        var reason = catalog.LabelOf(plan.Mark.ReasonCode);
        var encode = HtmlEncoder.Default;
        return "<dl>"
            + $"<dt>Prospect</dt><dd>{encode.Encode(who)}</dd>"
            + (string.IsNullOrWhiteSpace(prospect.Company) ? "" : $"<dt>Company</dt><dd>{encode.Encode(prospect.Company)}</dd>")
            + $"<dt>Why they said no</dt><dd>{encode.Encode(reason)}</dd>"
            + $"<dt>Call planned for</dt><dd>{encode.Encode(CallDate(plan, step))}</dd>"
            + "</dl>";
    }

    /// <summary>The call's day in the rep's zone, as in the event.</summary>
    private static string CallDate(PlanRecord plan, StepRecord step)
    {
        var zone = TimeZoneResolver.TryResolve(plan.Calendar.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return LocalTimeConverter.DateOf(step.Step.DueAt, zone).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
    }

    private static string Buttons(string token)
    {
        var buttons = string.Concat(Enum.GetValues<CallbackOutcome>().Select(outcome =>
            $"""<button type="submit" name="outcome" value="{ApiJson.Name(outcome)}">{Label(outcome)}</button>"""));
        return $"""
            <form method="post" action="/{Routes.Prefix}/{Routes.CallbackOutcomeLink}">
            <input type="hidden" name="t" value="{HtmlEncoder.Default.Encode(token)}">
            <p>{buttons}</p>
            </form>
            """;
    }
}
