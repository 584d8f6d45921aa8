using System.Text.Encodings.Web;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.GraphSandbox.State;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Jobs.Workers;
using OutlookFollowUp.Storage.Steps;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Sweep;

/// <summary>Each kind of step, run by the sweep through the real Graph SDK, becomes the right item in the rep's mailbox.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SweepStepKindTests(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper output)
    : IClassFixture<GraphSandboxHost>, IAsyncLifetime, IDisposable
{
    private readonly SweepHarness _world = new(azurite, graph, output);

    public Task InitializeAsync() => _world.LoadDefaultContentAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task A_callback_becomes_an_event_on_the_planned_day_in_the_reps_zone_and_working_hours_with_a_category()
    {
        const string zone = "Pacific Standard Time";
        var rep = _world.NewMailbox(zone);
        // 08:50 in Seattle on the Wednesday: due, and the working day still ahead.
        var due = SweepHarness.Start.AddMinutes(-10).AddHours(2);
        _world.Clock.SetNow(due.AddMinutes(1));
        var plan = await _world.MarkAsync(rep, "dana@contoso.example", [new PlanStep(1, StepKind.Callback, due)], timeZone: zone);

        await _world.SweepAsync();

        var ledger = await _world.LedgerAsync([plan]);
        Assert.Equal((1, 0, 0), (ledger.Done, ledger.Duplicates, ledger.Losses));
        var item = Assert.Single(_world.Sandbox.Events(SweepHarness.MailboxOf(rep)));
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var (start, end) = (TimeZoneInfo.ConvertTime(item.Start, tz), TimeZoneInfo.ConvertTime(item.End, tz));
        Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due, tz).DateTime), DateOnly.FromDateTime(start.DateTime));
        Assert.InRange(TimeOnly.FromDateTime(start.DateTime), new TimeOnly(9, 0), new TimeOnly(17, 0));
        Assert.InRange(TimeOnly.FromDateTime(end.DateTime), new TimeOnly(9, 0), new TimeOnly(17, 0));
        Assert.Contains(GraphStepRunner.CallbackCategory, item.Categories);
        Assert.True(item.IsReminderOn);
        var reason = ReasonCatalog.Default.Get("price");
        Assert.Contains(HtmlEncoder.Default.Encode(reason.SuggestedOpening), item.BodyHtml, StringComparison.Ordinal);
        Assert.Contains(HtmlEncoder.Default.Encode("Too expensive for this quarter."), item.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("outlook.office365.com/owa/?ItemID=", item.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(0, _world.Sandbox.Counters.Sends);
    }

    [Fact]
    public async Task A_follow_up_on_its_first_attempt_costs_one_Graph_request_and_a_retry_looks_first()
    {
        var rep = _world.NewMailbox();
        var first = await _world.MarkAsync(rep, "dana@contoso.example", [new PlanStep(1, StepKind.FollowUp, _world.Clock.GetUtcNow().AddMinutes(-5))]);
        await _world.SweepAsync();
        var firstCalls = GraphCalls(rep);

        // A step an earlier attempt started (its worker died after claiming it): the retry looks for the draft first.
        var retried = await _world.MarkAsync(rep, "lee@contoso.example", [new PlanStep(1, StepKind.FollowUp, _world.Clock.GetUtcNow().AddMinutes(-5))]);
        await _world.Get<IStepStore>().ClaimAsync(retried, [1], _world.Clock.GetUtcNow(), _world.Clock.GetUtcNow().AddSeconds(1));
        _world.Clock.Advance(TimeSpan.FromMinutes(1));
        await _world.SweepAsync();

        Assert.Equal(["POST"], firstCalls);
        Assert.Equal(["POST", "GET", "POST"], GraphCalls(rep));
        var ledger = await _world.LedgerAsync([first, retried]);
        Assert.Equal((2, 0, 0), (ledger.Done, ledger.Duplicates, ledger.Losses));
    }

    private List<string> GraphCalls(OutlookFollowUp.Storage.RepId rep) =>
        [.. _world.Sandbox.Requests.Entries.Where(r => r.Mailbox == SweepHarness.MailboxOf(rep) && r.Path.EndsWith("/messages", StringComparison.Ordinal)).Select(r => r.Method)];

    [Fact]
    public async Task Callbacks_of_one_sweep_on_one_day_get_one_calendar_read_and_slots_of_their_own()
    {
        const string zone = "Pacific Standard Time";
        var rep = _world.NewMailbox(zone);
        var due = SweepHarness.Start.AddMinutes(-10).AddHours(2);
        _world.Clock.SetNow(due.AddMinutes(1));
        var plans = new List<OutlookFollowUp.Storage.Plans.PlanRecord>();
        for (var p = 0; p < 3; p++)
        {
            plans.Add(await _world.MarkAsync(rep, $"prospect{p}@contoso.example", [new PlanStep(1, StepKind.Callback, due)], timeZone: zone));
        }

        await _world.SweepAsync();

        var ledger = await _world.LedgerAsync(plans);
        Assert.Equal((3, 0, 0), (ledger.Done, ledger.Duplicates, ledger.Losses));
        var events = _world.Sandbox.Events(SweepHarness.MailboxOf(rep)).OrderBy(e => e.Start).ToList();
        Assert.All(events.Zip(events.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, $"{pair.First.Start} overlaps {pair.Second.Start}"));
        Assert.Single(_world.Sandbox.Requests.Entries, r => r.Mailbox == SweepHarness.MailboxOf(rep) && r.Path.EndsWith("/calendarView", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_callback_for_a_mailbox_that_refuses_its_settings_is_booked_in_the_plans_zone_and_standard_hours_not_parked()
    {
        const string zone = "Pacific Standard Time";
        // The mailbox says Amsterdam; the app may not read that, so the zone the add-in reported decides.
        var rep = _world.NewMailbox();
        // 08:50 in Seattle (17:50 in Amsterdam, after the mailbox's working day).
        var due = SweepHarness.Start.AddMinutes(-10).AddHours(2);
        _world.Clock.SetNow(due.AddMinutes(1));
        var plan = await _world.MarkAsync(rep, "dana@contoso.example", [new PlanStep(1, StepKind.Callback, due)], timeZone: zone);
        _world.Sandbox.SetAppRoles(_world.Sandbox.AppRoles.Except(["MailboxSettings.Read"]));
        try
        {
            await _world.SweepAsync();
        }
        finally
        {
            _world.Sandbox.SetAppRoles(AppPermissions.Deployed);
        }

        var ledger = await _world.LedgerAsync([plan]);
        Assert.Equal((1, 0, 0), (ledger.Done, ledger.Duplicates, ledger.Losses));
        var item = Assert.Single(_world.Sandbox.Events(SweepHarness.MailboxOf(rep)));
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        Assert.Equal(zone, item.OriginalTimeZone);
        Assert.InRange(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(item.Start, tz).DateTime), new TimeOnly(9, 0), new TimeOnly(17, 0));
    }

    [Fact]
    public async Task A_callback_months_away_reaches_the_calendar_two_weeks_before_the_call_on_the_calls_own_day()
    {
        var rep = _world.NewMailbox();
        var call = SweepHarness.Start.AddDays(63); // a Wednesday, 15:00 in Amsterdam
        var plan = await _world.MarkAsync(rep, "dana@contoso.example", [new PlanStep(1, StepKind.Callback, call)]);

        await _world.SweepAsync();
        Assert.Empty(_world.Sandbox.Events(SweepHarness.MailboxOf(rep)));

        _world.Clock.SetNow(call - PlanStep.CallbackLead - TimeSpan.FromMinutes(1));
        await _world.SweepAsync();
        Assert.Empty(_world.Sandbox.Events(SweepHarness.MailboxOf(rep)));

        _world.Clock.SetNow(call - PlanStep.CallbackLead + TimeSpan.FromMinutes(1));
        await _world.SweepAsync();

        var ledger = await _world.LedgerAsync([plan]);
        Assert.Equal((1, 0, 0), (ledger.Done, ledger.Duplicates, ledger.Losses));
        var item = Assert.Single(_world.Sandbox.Events(SweepHarness.MailboxOf(rep)));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time");
        Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(call, zone).DateTime), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(item.Start, zone).DateTime));
    }

    [Fact]
    public async Task A_thank_you_becomes_a_reply_draft_in_the_prospects_thread()
    {
        var rep = _world.NewMailbox();
        var plan = await _world.MarkAsync(rep, "dana@contoso.example", [new PlanStep(1, StepKind.ThankYou, _world.Clock.GetUtcNow().AddMinutes(-1))]);

        await _world.SweepAsync();

        var ledger = await _world.LedgerAsync([plan]);
        Assert.Equal((1, 0, 0), (ledger.Done, ledger.Duplicates, ledger.Losses));
        var draft = Assert.Single(_world.Sandbox.Drafts(SweepHarness.MailboxOf(rep)));
        Assert.Equal(plan.Thread.ConversationId, draft.ConversationId);
        Assert.StartsWith("RE:", draft.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("dana@contoso.example", draft.ToRecipients.Select(r => r.Address));
        Assert.Contains(GraphStepRunner.DraftCategory, draft.Categories);
        Assert.Contains($"<br>{SweepHarness.RepName}</p>", draft.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(0, _world.Sandbox.Counters.Sends);
    }

    [Fact]
    public async Task A_follow_up_shares_content_matching_the_prospects_tags_and_the_next_follow_up_never_repeats_it()
    {
        var rep = _world.NewMailbox();
        var now = _world.Clock.GetUtcNow();
        var plan = await _world.MarkAsync(rep, "dana@contoso.example",
        [
            new PlanStep(1, StepKind.FollowUp, now.AddMinutes(-1)),
            new PlanStep(2, StepKind.FollowUp, now.AddDays(21)),
        ], new ProspectTags(["grow exports"], ["cash flow"], []));

        await _world.SweepAsync();
        _world.Clock.Advance(TimeSpan.FromDays(21));
        await _world.SweepAsync();

        var ledger = await _world.LedgerAsync([plan]);
        Assert.Equal((2, 0, 0), (ledger.Done, ledger.Duplicates, ledger.Losses));
        var sent = await _world.Get<IStepStore>().GetSentContentAsync(rep, "dana@contoso.example");
        Assert.Equal(2, sent.Count);
        Assert.Subset(new HashSet<string> { "c-exports", "c-cash" }, new HashSet<string>(sent));
        var drafts = _world.Sandbox.Drafts(SweepHarness.MailboxOf(rep));
        Assert.Equal(2, drafts.Count);
        foreach (var id in sent)
        {
            // Each item's link is in exactly one draft: shared once, never repeated.
            Assert.Single(drafts, d => d.BodyHtml.Contains($"https://content.example/{id}", StringComparison.Ordinal));
        }

        Assert.All(drafts, d => Assert.Equal("dana@contoso.example", Assert.Single(d.ToRecipients).Address));
    }
}
