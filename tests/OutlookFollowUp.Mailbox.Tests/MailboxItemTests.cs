using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Mailbox.Gateway;
using OutlookFollowUp.Mailbox.Requests;
using OutlookFollowUp.Mailbox.Tests.Support;

namespace OutlookFollowUp.Mailbox.Tests;

/// <summary>Each step kind, through the real Graph SDK against the sandbox: the right item, once.</summary>
public sealed class MailboxItemTests : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private const string CallbackCategory = "Follow-Up callback";
    private readonly SandboxFixture fixture;
    private TestGateway harness = null!;

    public MailboxItemTests(SandboxFixture fixture) => this.fixture = fixture;

    private GraphSandbox.GraphSandbox Sandbox => fixture.Sandbox;

    private IMailboxGateway Gateway => harness.Gateway;

    public Task InitializeAsync()
    {
        Sandbox.Reset(seedDemo: true);
        harness = TestGateway.Create(fixture.GraphBaseUrl);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task A_callback_lands_in_the_reps_zone_inside_working_hours_on_the_planned_day_after_the_busy_slot()
    {
        var rep = TestReps.Add(Sandbox, "Pacific Standard Time", startHour: 8, endHour: 16);
        var day = TestReps.NextWednesday();
        var pacific = TimeZoneInfo.FindSystemTimeZoneById("Pacific Standard Time");
        DateTimeOffset Local(int hour, int minute) => LocalTimeConverter.ToUtc(day, new TimeOnly(hour, minute), pacific);

        // The default callback time is an hour into the day (09:00); a meeting until 10:15 pushes it back.
        Sandbox.AddEvent(rep.Id, "Forecast call", Local(8, 45), Local(10, 15));
        var calendar = await Gateway.ReadableProfileAsync(rep.Id);
        var key = TestReps.NewStepKey();
        var content = TestReps.Content();

        var result = await Gateway.EnsureCallbackEventAsync(rep.Id,
            new CallbackEventRequest(key, day, calendar, TimeSpan.FromMinutes(30), content, CallbackCategory, ReminderMinutesBefore: 20));

        var created = Assert.Single(Sandbox.Events(rep.Id), e => e.Id == result.ImmutableId);
        Assert.Equal(EnsureOutcome.Created, result.Outcome);
        Assert.Equal(Local(10, 15), created.Start);
        Assert.Equal(Local(10, 45), created.End);
        Assert.Equal("Pacific Standard Time", created.OriginalTimeZone);
        Assert.Equal(content.Subject, created.Subject);
        Assert.Equal(content.HtmlBody, created.BodyHtml);
        Assert.Equal([CallbackCategory], created.Categories);
        Assert.True(created.IsReminderOn);
        Assert.Equal(20, created.ReminderMinutesBeforeStart);
        Assert.Equal("busy", created.ShowAs);
        Assert.Equal(key, created.ExtendedProperties[StepKeyProperty.Id]);
        Assert.Equal(StepKeyProperty.TransactionIdFor(key), created.TransactionId);
    }

    [Fact]
    public async Task A_callback_in_an_IANA_zone_goes_to_the_default_time_and_is_written_with_the_zones_Windows_name()
    {
        var rep = TestReps.Add(Sandbox, "Asia/Kolkata");
        var day = TestReps.NextWednesday();
        // The zone the add-in reported for the plan, as a browser names it.
        var calendar = RepCalendar.Standard("Asia/Kolkata");

        var result = await Gateway.EnsureCallbackEventAsync(rep.Id,
            new CallbackEventRequest(TestReps.NewStepKey(), day, calendar, TimeSpan.FromMinutes(30), TestReps.Content(), CallbackCategory));

        var created = Assert.Single(Sandbox.Events(rep.Id), e => e.Id == result.ImmutableId);
        var kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
        Assert.Equal(LocalTimeConverter.ToUtc(day, new TimeOnly(10, 0), kolkata), created.Start);
        Assert.Equal("India Standard Time", created.OriginalTimeZone);
    }

    [Fact]
    public async Task A_thank_you_for_a_message_the_rep_filed_before_the_sweep_is_made_from_the_message_found_by_its_Message_ID()
    {
        var rep = TestReps.Add(Sandbox);
        var originalId = TestReps.AddProspectMessage(Sandbox, rep);
        var original = Sandbox.Messages(rep.Id).Single(m => m.Id == originalId);
        // What the add-in stored: the regular id the message had in the inbox, and its Message-ID.
        var (regularId, messageId) = (original.RestId, original.InternetMessageId);
        Sandbox.MoveMessage(rep.Id, original.Id, "archive");

        var item = await Gateway.EnsureThankYouDraftAsync(rep.Id,
            new ThankYouDraftRequest(TestReps.NewStepKey(), regularId, TestReps.Content(), DateTimeOffset.UtcNow, OriginalInternetMessageId: messageId));

        var draft = Assert.Single(Sandbox.Drafts(rep.Id));
        Assert.Equal((item.ImmutableId, original.ConversationId), (draft.Id, draft.ConversationId));
    }

    [Fact]
    public async Task Without_its_Message_ID_a_filed_message_is_a_permanent_failure_not_a_wrong_draft()
    {
        var rep = TestReps.Add(Sandbox);
        var originalId = TestReps.AddProspectMessage(Sandbox, rep);
        var original = Sandbox.Messages(rep.Id).Single(m => m.Id == originalId);
        Sandbox.MoveMessage(rep.Id, original.Id, "archive");

        var error = await Assert.ThrowsAsync<MailboxGatewayException>(() => Gateway.EnsureThankYouDraftAsync(rep.Id,
            new ThankYouDraftRequest(TestReps.NewStepKey(), original.RestId, TestReps.Content(), DateTimeOffset.UtcNow)));

        Assert.Equal((MailboxFailure.Permanent, "ErrorItemNotFound"), (error.Failure, error.GraphCode));
        Assert.Empty(Sandbox.Drafts(rep.Id));
    }

    [Fact]
    public async Task A_thank_you_is_a_reply_draft_in_the_prospects_thread_with_our_text_above_the_quote()
    {
        var rep = TestReps.Add(Sandbox);
        var original = TestReps.AddProspectMessage(Sandbox, rep);
        var key = TestReps.NewStepKey();
        var content = TestReps.Content("ignored: a reply keeps its RE: subject");

        var result = await Gateway.EnsureThankYouDraftAsync(rep.Id,
            new ThankYouDraftRequest(key, original, content, DateTimeOffset.UtcNow, "No: no-budget"));

        var prospectMessage = Assert.Single(Sandbox.Messages(rep.Id), m => m.Id == original);
        var draft = Assert.Single(Sandbox.Drafts(rep.Id));
        Assert.Equal(EnsureOutcome.Created, result.Outcome);
        Assert.Equal(result.ImmutableId, draft.Id);
        Assert.Equal(prospectMessage.ConversationId, draft.ConversationId);
        Assert.Equal("RE: Our tooling review", draft.Subject);
        Assert.Equal("noor@prospect.example", Assert.Single(draft.ToRecipients).Address);
        Assert.Equal(["No: no-budget"], draft.Categories);
        Assert.Equal(key, draft.ExtendedProperties[StepKeyProperty.Id]);
        var ours = draft.BodyHtml.IndexOf(content.HtmlBody, StringComparison.Ordinal);
        var quote = draft.BodyHtml.IndexOf("the budget for this year is already spent", StringComparison.Ordinal);
        Assert.True(ours > 0 && quote > ours, "Our text comes first, then the quoted original.");
    }

    [Fact]
    public async Task A_follow_up_is_a_new_draft_to_the_prospect_with_the_composed_content()
    {
        var rep = TestReps.Add(Sandbox);
        var key = TestReps.NewStepKey();
        var content = TestReps.Content("A planning checklist for next year's budget");

        var result = await Gateway.EnsureFollowUpDraftAsync(rep.Id,
            new FollowUpDraftRequest(key, new DraftRecipient("noor@prospect.example", "Noor Haddad"), content, "Follow-Up"));

        var draft = Assert.Single(Sandbox.Drafts(rep.Id));
        Assert.Equal(result.ImmutableId, draft.Id);
        Assert.Equal("drafts", draft.Folder);
        Assert.Equal(content.Subject, draft.Subject);
        Assert.Equal(content.HtmlBody, draft.BodyHtml);
        var to = Assert.Single(draft.ToRecipients);
        Assert.Equal(("noor@prospect.example", "Noor Haddad"), (to.Address, to.Name));
        Assert.Equal(["Follow-Up"], draft.Categories);
        Assert.Equal(key, draft.ExtendedProperties[StepKeyProperty.Id]);
    }

    [Fact]
    public async Task Ensuring_each_kind_again_for_the_same_step_returns_the_same_item_and_creates_nothing()
    {
        var rep = TestReps.Add(Sandbox);
        var calendar = await Gateway.ReadableProfileAsync(rep.Id);
        var original = TestReps.AddProspectMessage(Sandbox, rep);
        var callback = new CallbackEventRequest(TestReps.NewStepKey(), TestReps.NextWednesday(), calendar, TimeSpan.FromMinutes(30), TestReps.Content(), CallbackCategory);
        var thankYou = new ThankYouDraftRequest(TestReps.NewStepKey(), original, TestReps.Content(), DateTimeOffset.UtcNow);
        var followUp = new FollowUpDraftRequest(TestReps.NewStepKey(), new DraftRecipient("noor@prospect.example"), TestReps.Content());

        var first = new[]
        {
            await Gateway.EnsureCallbackEventAsync(rep.Id, callback),
            await Gateway.EnsureThankYouDraftAsync(rep.Id, thankYou),
            await Gateway.EnsureFollowUpDraftAsync(rep.Id, followUp),
        };
        var again = new[]
        {
            await Gateway.EnsureCallbackEventAsync(rep.Id, callback),
            await Gateway.EnsureThankYouDraftAsync(rep.Id, thankYou),
            await Gateway.EnsureFollowUpDraftAsync(rep.Id, followUp),
        };

        Assert.Equal(first.Select(r => r.ImmutableId), again.Select(r => r.ImmutableId));
        Assert.All(first, r => Assert.Equal(EnsureOutcome.Created, r.Outcome));
        Assert.All(again, r => Assert.Equal(EnsureOutcome.Found, r.Outcome));
        Assert.Equal((1, 1, 1), (Sandbox.Counters.EventsCreated, Sandbox.Counters.RepliesCreated, Sandbox.Counters.DraftsCreated));
        Assert.Equal(2, Sandbox.Drafts(rep.Id).Count);
    }

    [Theory]
    [InlineData("7d1c4a52-0b8e-4f0e-9a51-3c2f0e6b1a01", "Pacific Standard Time", 8, 0, 16, 30, 5)]
    [InlineData("2b9e7f10-64d3-4c1a-8e2f-5a7d9c0b3e02", "W. Europe Standard Time", 9, 0, 17, 30, 5)]
    [InlineData("c4f0a8e6-93b2-4d7e-b1c5-0e8f2a6d4c03", "India Standard Time", 9, 30, 18, 30, 6)]
    public async Task A_reps_profile_is_their_mailbox_time_zone_and_working_hours(string rep, string zone, int startHour, int startMinute, int endHour, int endMinute, int workDays)
    {
        var calendar = await Gateway.ReadableProfileAsync(rep);

        Assert.Equal(zone, calendar.TimeZoneId);
        Assert.Equal(new TimeOnly(startHour, startMinute), calendar.WorkdayStart);
        Assert.Equal(new TimeOnly(endHour, endMinute), calendar.WorkdayEnd);
        Assert.Equal(workDays, calendar.WorkDays.Count);
        Assert.DoesNotContain(DayOfWeek.Sunday, calendar.WorkDays);
    }

    [Fact]
    public async Task A_reps_profile_is_read_from_Graph_once_and_then_served_from_the_cache()
    {
        var rep = TestReps.Add(Sandbox);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Gateway.GetMailboxProfileAsync(rep.Id)));
        await Gateway.GetMailboxProfileAsync(rep.Id);

        Assert.Equal(1, Sandbox.Counters.RequestsByMailbox[rep.Id]);
    }

    [Fact]
    public async Task An_unknown_mailbox_is_a_permanent_failure_with_Graphs_error_code()
    {
        var error = await Assert.ThrowsAsync<MailboxGatewayException>(() => Gateway.GetMailboxProfileAsync(Guid.NewGuid().ToString()));

        Assert.Equal(MailboxFailure.Permanent, error.Failure);
        Assert.Equal("ErrorInvalidUser", error.GraphCode);
        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Nothing_is_ever_sent()
    {
        var rep = TestReps.Add(Sandbox);
        var calendar = await Gateway.ReadableProfileAsync(rep.Id);
        await Gateway.EnsureCallbackEventAsync(rep.Id, new CallbackEventRequest(TestReps.NewStepKey(), TestReps.NextWednesday(), calendar, TimeSpan.FromMinutes(30), TestReps.Content(), CallbackCategory));
        await Gateway.EnsureThankYouDraftAsync(rep.Id, new ThankYouDraftRequest(TestReps.NewStepKey(), TestReps.AddProspectMessage(Sandbox, rep), TestReps.Content(), DateTimeOffset.UtcNow));
        await Gateway.EnsureFollowUpDraftAsync(rep.Id, new FollowUpDraftRequest(TestReps.NewStepKey(), new DraftRecipient("noor@prospect.example"), TestReps.Content()));

        Assert.Equal(0, Sandbox.Counters.Sends);
        string[] sending = ["/send", "/sendMail", "/reply", "/replyAll", "/forward"];
        Assert.DoesNotContain(Sandbox.Requests.Entries, r => sending.Any(s => r.Path.EndsWith(s, StringComparison.OrdinalIgnoreCase)));
        Assert.All(Sandbox.Drafts(rep.Id), d => Assert.True(d.IsDraft));
    }
}
