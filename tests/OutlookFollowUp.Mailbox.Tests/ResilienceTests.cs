using System.Collections.Concurrent;
using OutlookFollowUp.GraphSandbox.Faults;
using OutlookFollowUp.GraphSandbox.State;
using OutlookFollowUp.Mailbox.Gateway;
using OutlookFollowUp.Mailbox.Requests;
using OutlookFollowUp.Mailbox.Tests.Support;
using Xunit.Abstractions;

namespace OutlookFollowUp.Mailbox.Tests;

/// <summary>Graph on a bad day: throttling, outages, dropped connections, and many steps at once.</summary>
public sealed class ResilienceTests : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private readonly SandboxFixture fixture;
    private readonly ITestOutputHelper output;

    public ResilienceTests(SandboxFixture fixture, ITestOutputHelper output)
    {
        this.fixture = fixture;
        this.output = output;
    }

    private GraphSandbox.GraphSandbox Sandbox => fixture.Sandbox;

    public Task InitializeAsync()
    {
        Sandbox.Reset(seedDemo: false);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Under_throttling_outages_and_dropped_connections_every_step_ends_with_exactly_one_item()
    {
        const int Mailboxes = 10;
        const int StepsPerMailbox = 20;
        var reps = Enumerable.Range(0, Mailboxes).Select(_ => TestReps.Add(Sandbox)).ToList();
        var steps = reps.SelectMany(rep => Enumerable.Range(0, StepsPerMailbox).Select(i => Step.For(Sandbox, rep, i))).ToList();
        Sandbox.SetFaults(new SandboxFaults
        {
            ThrottleRate = 0.10,
            RetryAfterSeconds = 1,
            ServerErrorRate = 0.05,
            ServerErrorsAsHtml = true,
            DropRate = 0.02,
            DropMode = DropMode.Either,
            LatencyMs = 5,
            LatencyJitterMs = 10,
            Seed = 20_261_123,
        });

        // A short break, so a mailbox whose circuit opens by bad luck is back within the sweep's retries.
        await using var harness = TestGateway.Create(fixture.GraphBaseUrl, new Dictionary<string, string?> { ["Graph:Resilience:BreakDuration"] = "00:00:01" });
        var failed = new ConcurrentBag<MailboxFailure>();
        await Parallel.ForEachAsync(steps, new ParallelOptions { MaxDegreeOfParallelism = 40 }, async (step, ct) =>
        {
            if (await Sweep.RunAsync(() => step.RunAsync(harness.Gateway, ct)) is { } lastFailure)
            {
                failed.Add(lastFailure);
            }
        });

        var counts = steps.Select(step => (step, count: step.CountItems(Sandbox))).ToList();
        var duplicates = counts.Sum(c => Math.Max(0, c.count - 1)) + reps.Sum(rep => Sandbox.Drafts(rep.Id).Count(d => d.ExtendedProperties.Count == 0));
        var losses = counts.Count(c => c.count == 0);
        var counters = Sandbox.Counters;
        output.WriteLine($"steps {steps.Count}, duplicates {duplicates}, losses {losses}, steps failed after sweep retries {failed.Count} ({string.Join(", ", failed.CountBy(f => f).Select(f => $"{f.Key} {f.Value}"))})");
        output.WriteLine($"requests {counters.Requests}, injected 429 {counters.InjectedThrottles}, MailboxConcurrency 429 {counters.ConcurrencyThrottles}, injected 503 {counters.InjectedServerErrors}, dropped {counters.DroppedConnections}, transactionId replays {counters.TransactionIdReplays}, sends {counters.Sends}");

        Assert.True(counters.InjectedThrottles > 0 && counters.InjectedServerErrors > 0 && counters.DroppedConnections > 0, "The faults were actually played.");
        Assert.Equal(0, duplicates);
        Assert.Equal(0, losses);
        Assert.Equal(0, counters.ConcurrencyThrottles);
        Assert.Equal(0, counters.Sends);
    }

    [Fact]
    public async Task Twenty_steps_at_once_for_one_mailbox_never_trip_Graphs_mailbox_concurrency_limit()
    {
        var rep = TestReps.Add(Sandbox);
        var steps = Enumerable.Range(0, 20).Select(i => Step.For(Sandbox, rep, i)).ToList();
        Sandbox.SetFaults(new SandboxFaults { LatencyMs = 25, LatencyJitterMs = 10 });
        await using var harness = TestGateway.Create(fixture.GraphBaseUrl);

        await Task.WhenAll(steps.Select(step => step.RunAsync(harness.Gateway, CancellationToken.None)));

        Assert.Equal(0, Sandbox.Counters.ConcurrencyThrottles);
        Assert.All(steps, step => Assert.Equal(1, step.CountItems(Sandbox)));
    }

    [Fact]
    public async Task Each_instance_keeps_only_its_own_four_so_two_instances_on_one_mailbox_are_throttled_by_Graph()
    {
        // Why a mailbox is worked by one lease holder at a time (IMailboxLeases): the gateway's limit is per process,
        // Graph's ("Microsoft Graph service-specific throttling limits", 4 concurrent per app per mailbox) is not.
        var rep = TestReps.Add(Sandbox);
        Sandbox.SetFaults(new SandboxFaults { LatencyMs = 200 });
        await using var first = TestGateway.Create(fixture.GraphBaseUrl);
        await using var second = TestGateway.Create(fixture.GraphBaseUrl);

        await Task.WhenAll(new[] { first, second }.SelectMany(instance => Enumerable.Range(0, 4).Select(_ =>
            instance.Gateway.EnsureFollowUpDraftAsync(rep.Id, new FollowUpDraftRequest(TestReps.NewStepKey(), new DraftRecipient("noor@prospect.example"), TestReps.Content())))));

        Assert.True(Sandbox.Counters.PeakInFlightByMailbox[rep.Id] > 4, $"peak {Sandbox.Counters.PeakInFlightByMailbox[rep.Id]}");
        Assert.True(Sandbox.Counters.ConcurrencyThrottles > 0);
    }

    [Fact]
    public async Task A_failing_mailboxs_circuit_opens_and_stops_calling_Graph_while_other_mailboxes_carry_on()
    {
        var failing = TestReps.Add(Sandbox);
        var healthy = TestReps.Add(Sandbox);
        Sandbox.SetFaults(new SandboxFaults { FailingMailboxes = [failing.Id] });
        await using var harness = TestGateway.Create(fixture.GraphBaseUrl, new Dictionary<string, string?>
        {
            ["Graph:Resilience:MinimumThroughput"] = "4",
            ["Graph:Resilience:MaxRetryAttempts"] = "2",
            ["Graph:Resilience:BreakDuration"] = "00:01:00",
        });

        MailboxGatewayException? error = null;
        for (var call = 0; call < 10 && error?.Failure != MailboxFailure.MailboxUnavailable; call++)
        {
            error = await Assert.ThrowsAsync<MailboxGatewayException>(() => harness.Gateway.GetMailboxProfileAsync(failing.Id));
        }

        var requestsWhenOpened = Sandbox.Counters.RequestsByMailbox[failing.Id];
        var whileOpen = await Assert.ThrowsAsync<MailboxGatewayException>(() => harness.Gateway.GetMailboxProfileAsync(failing.Id));
        var healthyCalendar = await harness.Gateway.ReadableProfileAsync(healthy.Id);

        Assert.Equal(MailboxFailure.MailboxUnavailable, error?.Failure);
        Assert.Equal(MailboxFailure.MailboxUnavailable, whileOpen.Failure);
        Assert.Equal(requestsWhenOpened, Sandbox.Counters.RequestsByMailbox[failing.Id]);
        Assert.Equal(healthy.TimeZone, healthyCalendar.TimeZoneId);
    }

    [Fact]
    public async Task Graphs_Retry_After_is_waited_out_before_the_next_attempt()
    {
        var rep = TestReps.Add(Sandbox);
        Sandbox.SetFaults(new SandboxFaults { RetryAfterSeconds = 1 });
        Sandbox.ScriptFault(new ScriptedFault(FaultKind.Throttle, "GET", "/mailboxSettings", rep.Id));
        await using var harness = TestGateway.Create(fixture.GraphBaseUrl);

        await harness.Gateway.GetMailboxProfileAsync(rep.Id);

        var attempts = Sandbox.Requests.Entries.Where(r => r.Mailbox == rep.Id).ToList();
        Assert.Equal(["throttled", "handled"], attempts.Select(a => a.Outcome));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(0.9), $"Waited {attempts[1].At - attempts[0].At}, not the 1 s Graph asked for.");
    }

    [Fact]
    public async Task A_POST_that_may_have_been_applied_is_not_resent_by_the_pipeline()
    {
        var rep = TestReps.Add(Sandbox);
        Sandbox.ScriptFault(new ScriptedFault(FaultKind.ServiceUnavailable, "POST", "/messages", rep.Id));
        await using var harness = TestGateway.Create(fixture.GraphBaseUrl);

        await harness.Gateway.EnsureFollowUpDraftAsync(rep.Id, new FollowUpDraftRequest(TestReps.NewStepKey(), new DraftRecipient("noor@prospect.example"), TestReps.Content()));

        // The 503'd POST is followed by a look-up (GET) before the POST is sent again, never by an immediate resend.
        var calls = Sandbox.Requests.Entries.Where(r => r.Mailbox == rep.Id).Select(r => $"{r.Method} {r.Outcome}").ToList();
        Assert.Equal(["GET handled", "POST unavailable", "GET handled", "POST handled"], calls);
    }

    [Fact]
    public async Task A_proxys_HTML_error_page_is_classified_by_its_status_like_Graphs_own_errors()
    {
        var rep = TestReps.Add(Sandbox);
        Sandbox.ScriptFault(new ScriptedFault(FaultKind.BadGatewayHtml, "GET", "/mailboxSettings", rep.Id, Times: 100));
        await using var harness = TestGateway.Create(fixture.GraphBaseUrl, new Dictionary<string, string?> { ["Graph:Resilience:MaxRetryAttempts"] = "2" });

        var error = await Assert.ThrowsAsync<MailboxGatewayException>(() => harness.Gateway.GetMailboxProfileAsync(rep.Id));

        Assert.Equal((MailboxFailure.Transient, 502), (error.Failure, error.StatusCode));
        Assert.All(Sandbox.Requests.Entries.Where(r => r.Mailbox == rep.Id), r => Assert.Equal("bad-gateway-html", r.Outcome));
    }

    [Fact]
    public async Task A_create_answered_with_an_HTML_error_page_is_looked_up_before_it_is_sent_again()
    {
        var rep = TestReps.Add(Sandbox);
        Sandbox.ScriptFault(new ScriptedFault(FaultKind.BadGatewayHtml, "POST", "/messages", rep.Id));
        await using var harness = TestGateway.Create(fixture.GraphBaseUrl);

        await harness.Gateway.EnsureFollowUpDraftAsync(rep.Id, new FollowUpDraftRequest(TestReps.NewStepKey(), new DraftRecipient("noor@prospect.example"), TestReps.Content()));

        var calls = Sandbox.Requests.Entries.Where(r => r.Mailbox == rep.Id).Select(r => $"{r.Method} {r.Outcome}").ToList();
        Assert.Equal(["GET handled", "POST bad-gateway-html", "GET handled", "POST handled"], calls);
        Assert.Single(Sandbox.Drafts(rep.Id));
    }

    /// <summary>One plan step of any kind, and how to count the items it left in the sandbox.</summary>
    private sealed record Step(string Key, SandboxUser Rep, Func<IMailboxGateway, CancellationToken, Task> Run)
    {
        public static Step For(GraphSandbox.GraphSandbox sandbox, SandboxUser rep, int index)
        {
            var key = TestReps.NewStepKey();
            var startedAt = DateTimeOffset.UtcNow;
            return (index % 3) switch
            {
                0 => new Step(key, rep, async (gateway, ct) =>
                {
                    var calendar = await gateway.ReadableProfileAsync(rep.Id, ct);
                    await gateway.EnsureCallbackEventAsync(rep.Id, new CallbackEventRequest(key, TestReps.NextWednesday().AddDays(index % 2), calendar, TimeSpan.FromMinutes(30), TestReps.Content(), "Follow-Up callback"), ct);
                }),
                1 => new Step(key, rep, (gateway, ct) => gateway.EnsureThankYouDraftAsync(rep.Id, new ThankYouDraftRequest(key, TestReps.AddProspectMessage(sandbox, rep), TestReps.Content(), startedAt), ct)),
                _ => new Step(key, rep, (gateway, ct) => gateway.EnsureFollowUpDraftAsync(rep.Id, new FollowUpDraftRequest(key, new DraftRecipient("noor@prospect.example"), TestReps.Content()), ct)),
            };
        }

        public Task RunAsync(IMailboxGateway gateway, CancellationToken cancellationToken) => Run(gateway, cancellationToken);

        public int CountItems(GraphSandbox.GraphSandbox sandbox) =>
            sandbox.Events(Rep.Id).Count(e => e.ExtendedProperties.GetValueOrDefault(StepKeyProperty.Id) == Key)
            + sandbox.Messages(Rep.Id).Count(m => m.ExtendedProperties.GetValueOrDefault(StepKeyProperty.Id) == Key);
    }

    /// <summary>
    /// What the sweep does with a step that failed transiently: try it again a little later, a few times. A mailbox whose
    /// circuit is open is left until a later sweep, which comes after the break; the next attempt waits that out too.
    /// </summary>
    private static class Sweep
    {
        private static readonly TimeSpan NextAttempt = TimeSpan.FromMilliseconds(300);
        private static readonly TimeSpan AfterTheBreak = TimeSpan.FromSeconds(1.5);

        // A real step is retried by every sweep for hours; twenty tries keep a busy two-core CI machine from running
        // out of them while the faults keep coming.
        private const int Attempts = 20;

        /// <returns>Null when the step ran, else the failure of its last attempt.</returns>
        public static async Task<MailboxFailure?> RunAsync(Func<Task> step)
        {
            MailboxFailure? last = null;
            for (var attempt = 1; attempt <= Attempts; attempt++)
            {
                try
                {
                    await step();
                    return null;
                }
                catch (MailboxGatewayException e) when (e.Failure != MailboxFailure.Permanent)
                {
                    last = e.Failure;
                    await Task.Delay(e.Failure == MailboxFailure.MailboxUnavailable ? AfterTheBreak : NextAttempt);
                }
            }

            return last;
        }
    }
}
