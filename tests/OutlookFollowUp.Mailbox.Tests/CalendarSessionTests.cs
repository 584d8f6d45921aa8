using OutlookFollowUp.Mailbox.Requests;
using OutlookFollowUp.Mailbox.Tests.Support;

namespace OutlookFollowUp.Mailbox.Tests;

/// <summary>One run's callbacks in one mailbox: the day's calendar read once, and no slot given out twice.</summary>
public sealed class CalendarSessionTests : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private readonly SandboxFixture fixture;
    private TestGateway harness = null!;

    public CalendarSessionTests(SandboxFixture fixture) => this.fixture = fixture;

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
    public async Task Callbacks_of_one_run_on_one_day_read_the_calendar_once_and_never_share_a_slot()
    {
        var rep = TestReps.Add(Sandbox);
        var calendar = await Gateway.ReadableProfileAsync(rep.Id);
        var session = new CalendarSession();
        var day = TestReps.NextWednesday();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Gateway.EnsureCallbackEventAsync(rep.Id,
            new CallbackEventRequest(TestReps.NewStepKey(), day, calendar, TimeSpan.FromMinutes(30), TestReps.Content(), "Follow-Up callback",
                ClaimedBefore: false, Session: session))));

        var events = Sandbox.Events(rep.Id).OrderBy(e => e.Start).ToList();
        Assert.Equal(3, events.Select(e => e.Start).Distinct().Count());
        Assert.All(events.Zip(events.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, $"{pair.First.Start} overlaps {pair.Second.Start}"));
        Assert.Single(Sandbox.Requests.Entries, r => r.Mailbox == rep.Id && r.Path.EndsWith("/calendarView", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_runs_calendar_each_callback_reads_the_day_again_and_sees_the_events_made_before_it()
    {
        var rep = TestReps.Add(Sandbox);
        var calendar = await Gateway.ReadableProfileAsync(rep.Id);
        var day = TestReps.NextWednesday();

        for (var i = 0; i < 2; i++)
        {
            await Gateway.EnsureCallbackEventAsync(rep.Id,
                new CallbackEventRequest(TestReps.NewStepKey(), day, calendar, TimeSpan.FromMinutes(30), TestReps.Content(), "Follow-Up callback", ClaimedBefore: false));
        }

        // A callback's event is busy for the next read: the calendar itself keeps later runs apart.
        var events = Sandbox.Events(rep.Id).OrderBy(e => e.Start).ToList();
        Assert.Equal(2, Sandbox.Requests.Entries.Count(r => r.Mailbox == rep.Id && r.Path.EndsWith("/calendarView", StringComparison.Ordinal)));
        Assert.True(events[0].End <= events[1].Start);
    }
}
