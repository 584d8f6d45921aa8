using System.Globalization;
using OutlookFollowUp.Api.Outcomes;
using OutlookFollowUp.Core.Composition;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Mailbox;
using OutlookFollowUp.Mailbox.Requests;
using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Storage.Steps;

namespace OutlookFollowUp.Jobs.Workers;

/// <summary>
/// Runs steps through the mailbox gateway. Content is composed now, when the step is due, from the tenant's templates
/// and content library as they are today: a thank-you as a reply draft in the marked thread, a follow-up as a new
/// draft sharing the library item that best fits the prospect's tags and was never put in front of them before, a
/// callback as an event with the reason, the prospect's words, the reason's suggested opening, a link to the thread and
/// a signed link that records how the call went (when outcome links are configured). The mailbox is the rep's Entra
/// object id.
/// </summary>
public sealed class GraphStepRunner(
    IMailboxGateway gateway, TenantContentCache tenants, IStepStore steps, CallbackOutcomeLinks outcomeLinks, TimeProvider time) : IStepRunner
{
    /// <summary>The Outlook category on callback events, so the rep sees at a glance which calls the product booked.</summary>
    public const string CallbackCategory = "Follow-Up callback";

    /// <summary>The Outlook category on the drafts the product writes.</summary>
    public const string DraftCategory = "Follow-Up";

    private const int ReminderMinutes = 15;

    public async Task<StepRunResult> RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        var mailbox = run.Plan.Rep.ObjectId.ToString("D", CultureInfo.InvariantCulture);
        var tenant = await tenants.GetAsync(run.Plan.Rep.TenantId, cancellationToken);
        return run.Step.Step.Kind switch
        {
            StepKind.ThankYou => await ThankYouAsync(run, mailbox, tenant, cancellationToken),
            StepKind.FollowUp => await FollowUpAsync(run, mailbox, tenant, cancellationToken),
            StepKind.Callback => await CallbackAsync(run, mailbox, tenant, cancellationToken),
            var kind => throw new InvalidOperationException($"Unknown step kind {kind}."),
        };
    }

    /// <summary>
    /// The web link of a message as Graph's <c>webLink</c> writes it, from the message's REST id: opens the thread in
    /// Outlook on the web for the mailbox's owner.
    /// </summary>
    public static Uri ThreadLink(string itemId) =>
        new($"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(itemId)}&exvsurl=1&viewmodel=ReadMessageItem");

    private async Task<StepRunResult> ThankYouAsync(StepRun run, string mailbox, TenantContent tenant, CancellationToken cancellationToken)
    {
        var plan = run.Plan;
        var content = tenant.Composer.Compose(ThankYouModel.For(plan.Mark, plan.RepName));
        var startedAt = run.Step.StartedAt ?? time.GetUtcNow();
        var item = await gateway.EnsureThankYouDraftAsync(mailbox,
            new ThankYouDraftRequest(run.StepKey, plan.Thread.ItemId, content, startedAt, DraftCategory, plan.Thread.InternetMessageId, run.ClaimedBefore), cancellationToken);
        return new StepRunResult(item.ImmutableId);
    }

    private async Task<StepRunResult> FollowUpAsync(StepRun run, string mailbox, TenantContent tenant, CancellationToken cancellationToken)
    {
        var plan = run.Plan;
        var prospect = plan.Mark.Prospect;
        var prospectKey = PlanIds.ForProspect(prospect.Email);
        // One prospect's follow-ups pick one at a time, each seeing what the others of this run picked, even before
        // those are recorded: the history in storage plus this run's picks.
        return await run.Session.ForProspectAsync(prospectKey, async () =>
        {
            var picked = run.Session.PickedFor(prospectKey);
            var sent = new HashSet<string>(await steps.GetSentContentAsync(plan.Rep, prospect.Email, cancellationToken), StringComparer.Ordinal);
            sent.UnionWith(picked);
            var match = tenant.Library.Pick(plan.Mark.Tags.Normalized(), sent, run.Step.Step.ValueProposition, tenant.Reason(plan.Mark.ReasonCode).Emphasis)
                ?? throw new InvalidOperationException("The content library has nothing this prospect has not received already; add content to let this follow-up run.");
            var content = tenant.Composer.Compose(FollowUpModel.For(plan.Mark.ReasonCode, plan.RepName, prospect, match));
            var item = await gateway.EnsureFollowUpDraftAsync(mailbox,
                new FollowUpDraftRequest(run.StepKey, new DraftRecipient(prospect.Email, prospect.Name), content, DraftCategory, run.ClaimedBefore), cancellationToken);
            picked.Add(match.Item.Id);
            return new StepRunResult(item.ImmutableId, new SentContent(prospect.Email, match.Item.Id, plan.PlanId, run.Step.Step.Number, time.GetUtcNow()));
        }, cancellationToken);
    }

    private async Task<StepRunResult> CallbackAsync(StepRun run, string mailbox, TenantContent tenant, CancellationToken cancellationToken)
    {
        var plan = run.Plan;
        // The mailbox's own zone and hours when it lets the app read them; otherwise the zone the add-in reported when
        // the plan was made, with standard hours: a callback a little off the rep's hours beats no callback.
        var calendar = await gateway.GetMailboxProfileAsync(mailbox, cancellationToken) ?? RepCalendar.Standard(plan.Calendar.TimeZoneId);
        // The plan put the call on a business day in the rep's zone; the event goes on that day in the zone the
        // mailbox reports now, in a free slot the gateway finds.
        var zone = TimeZoneResolver.Resolve(calendar.TimeZoneId);
        var day = LocalTimeConverter.DateOf(run.Step.Step.DueAt, zone);
        var outcomeLink = outcomeLinks.For(plan.Rep, plan.PlanId, run.Step.Step.Number, run.Step.Step.DueAt);
        var content = tenant.Composer.Compose(
            CallbackModel.For(plan.Mark, tenant.Reason(plan.Mark.ReasonCode), plan.RepName, ThreadLink(plan.Thread.ItemId), outcomeLink));
        var item = await gateway.EnsureCallbackEventAsync(mailbox,
            new CallbackEventRequest(run.StepKey, day, calendar, tenant.Policy.CallbackDuration, content, CallbackCategory, ReminderMinutes, run.ClaimedBefore,
                run.Session.Calendar), cancellationToken);
        return new StepRunResult(item.ImmutableId);
    }
}
