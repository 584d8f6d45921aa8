using OutlookFollowUp.GraphSandbox.Faults;
using OutlookFollowUp.Mailbox.Gateway;
using OutlookFollowUp.Mailbox.Requests;
using OutlookFollowUp.Mailbox.Tests.Support;

namespace OutlookFollowUp.Mailbox.Tests;

/// <summary>
/// Creates whose response never arrives: the sandbox applies the request, then drops the connection. Whatever the
/// kind, the step must end with exactly one item.
/// </summary>
public sealed class UnknownOutcomeTests : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private readonly SandboxFixture fixture;
    private TestGateway harness = null!;

    public UnknownOutcomeTests(SandboxFixture fixture) => this.fixture = fixture;

    private GraphSandbox.GraphSandbox Sandbox => fixture.Sandbox;

    private IMailboxGateway Gateway => harness.Gateway;

    public Task InitializeAsync()
    {
        Sandbox.Reset(seedDemo: false);
        harness = TestGateway.Create(fixture.GraphBaseUrl);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task An_event_POST_resent_with_the_same_transactionId_after_a_dropped_connection_creates_one_event()
    {
        var rep = TestReps.Add(Sandbox);
        var calendar = await Gateway.ReadableProfileAsync(rep.Id);
        var key = TestReps.NewStepKey();
        Sandbox.ScriptFault(new ScriptedFault(FaultKind.DropAfterWrite, "POST", "/events", rep.Id));

        var result = await Gateway.EnsureCallbackEventAsync(rep.Id,
            new CallbackEventRequest(key, TestReps.NextWednesday(), calendar, TimeSpan.FromMinutes(30), TestReps.Content(), "Follow-Up callback"));

        var posts = Sandbox.Requests.Entries.Where(r => r.Method == "POST" && r.Path.EndsWith("/events", StringComparison.Ordinal)).ToList();
        Assert.Equal(["dropped-after-write", "handled"], posts.Select(p => p.Outcome));
        Assert.Equal(result.ImmutableId, Assert.Single(Sandbox.Events(rep.Id)).Id);
        Assert.Equal((1, 1), (Sandbox.Counters.EventsCreated, Sandbox.Counters.TransactionIdReplays));
    }

    [Fact]
    public async Task A_later_sweep_finds_the_event_by_its_step_key_once_Graph_has_forgotten_the_transactionId()
    {
        var rep = TestReps.Add(Sandbox);
        var calendar = await Gateway.ReadableProfileAsync(rep.Id);
        var request = new CallbackEventRequest(TestReps.NewStepKey(), TestReps.NextWednesday(), calendar, TimeSpan.FromMinutes(30), TestReps.Content(), "Follow-Up callback");
        var first = await Gateway.EnsureCallbackEventAsync(rep.Id, request);

        // Hours later (a crash after the create, a lease that expired): the transactionId is long forgotten.
        Sandbox.SetFaults(new SandboxFaults { TransactionIdMemory = TimeSpan.Zero });
        var again = await Gateway.EnsureCallbackEventAsync(rep.Id, request);

        Assert.Equal(first.ImmutableId, Assert.Single(Sandbox.Events(rep.Id)).Id);
        Assert.Equal((first.ImmutableId, EnsureOutcome.Found), (again.ImmutableId, again.Outcome));
    }

    [Fact]
    public async Task A_thank_you_whose_createReply_response_was_lost_is_adopted_not_duplicated()
    {
        var rep = TestReps.Add(Sandbox);
        var original = TestReps.AddProspectMessage(Sandbox, rep);
        var key = TestReps.NewStepKey();
        Sandbox.ScriptFault(new ScriptedFault(FaultKind.DropAfterWrite, "POST", "/createReply", rep.Id));

        var result = await Gateway.EnsureThankYouDraftAsync(rep.Id, new ThankYouDraftRequest(key, original, TestReps.Content(), DateTimeOffset.UtcNow));

        var draft = Assert.Single(Sandbox.Drafts(rep.Id));
        Assert.Equal(EnsureOutcome.Adopted, result.Outcome);
        Assert.Equal(draft.Id, result.ImmutableId);
        Assert.Equal(key, draft.ExtendedProperties[StepKeyProperty.Id]);
        Assert.Equal(1, Sandbox.Counters.RepliesCreated);
    }

    [Fact]
    public async Task A_thank_you_whose_PATCH_never_landed_is_completed_by_the_next_attempt_not_duplicated()
    {
        var rep = TestReps.Add(Sandbox);
        var original = TestReps.AddProspectMessage(Sandbox, rep);
        var request = new ThankYouDraftRequest(TestReps.NewStepKey(), original, TestReps.Content(), DateTimeOffset.UtcNow);

        // A circuit that never opens, so this test sees the gateway's own rounds rather than the breaker.
        await using var patient = TestGateway.Create(fixture.GraphBaseUrl, new Dictionary<string, string?> { ["Graph:Resilience:MinimumThroughput"] = "1000" });

        // Every PATCH fails for longer than the pipeline and the gateway keep trying, so this attempt gives up with a
        // keyless reply draft left in the thread; later rounds of it adopt that draft rather than create more.
        Sandbox.ScriptFault(new ScriptedFault(FaultKind.ServiceUnavailable, "PATCH", Mailbox: rep.Id, Times: 1000));
        var failure = await Assert.ThrowsAsync<MailboxGatewayException>(() => patient.Gateway.EnsureThankYouDraftAsync(rep.Id, request));
        Assert.Equal(MailboxFailure.Transient, failure.Failure);
        Assert.Empty(Assert.Single(Sandbox.Drafts(rep.Id)).ExtendedProperties);

        // The sweep's next attempt, once Graph recovers.
        Sandbox.ClearScriptedFaults();
        var result = await patient.Gateway.EnsureThankYouDraftAsync(rep.Id, request);

        var draft = Assert.Single(Sandbox.Drafts(rep.Id));
        Assert.Equal((EnsureOutcome.Adopted, draft.Id), (result.Outcome, result.ImmutableId));
        Assert.Equal(request.StepKey, draft.ExtendedProperties[StepKeyProperty.Id]);
        Assert.Equal(1, Sandbox.Counters.RepliesCreated);
    }

    [Fact]
    public async Task A_follow_up_whose_POST_response_was_lost_is_found_not_created_again()
    {
        var rep = TestReps.Add(Sandbox);
        var key = TestReps.NewStepKey();
        Sandbox.ScriptFault(new ScriptedFault(FaultKind.DropAfterWrite, "POST", "/messages", rep.Id));

        var result = await Gateway.EnsureFollowUpDraftAsync(rep.Id, new FollowUpDraftRequest(key, new DraftRecipient("noor@prospect.example"), TestReps.Content()));

        Assert.Equal(EnsureOutcome.Found, result.Outcome);
        Assert.Equal(result.ImmutableId, Assert.Single(Sandbox.Drafts(rep.Id)).Id);
        Assert.Equal(1, Sandbox.Counters.DraftsCreated);
    }

    [Fact]
    public async Task A_POST_dropped_before_it_was_applied_is_created_on_the_next_round()
    {
        var rep = TestReps.Add(Sandbox);
        Sandbox.ScriptFault(new ScriptedFault(FaultKind.DropBeforeWrite, "POST", "/messages", rep.Id));

        var result = await Gateway.EnsureFollowUpDraftAsync(rep.Id, new FollowUpDraftRequest(TestReps.NewStepKey(), new DraftRecipient("noor@prospect.example"), TestReps.Content()));

        Assert.Equal(EnsureOutcome.Created, result.Outcome);
        Assert.Equal(result.ImmutableId, Assert.Single(Sandbox.Drafts(rep.Id)).Id);
    }
}
