using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Integration.Tests.Sweep;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Replies;

/// <summary>
/// An out-of-office in the thread: the plan keeps running, its remaining steps moved past the prospect's return (the
/// second business day after the last day away, each step at its own local time, the spacing kept), once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReplyAwayTests(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper output)
    : IClassFixture<GraphSandboxHost>, IAsyncLifetime, IDisposable
{
    private const string Zone = "W. Europe Standard Time";
    private static readonly TimeZoneInfo Tz = TimeZoneInfo.FindSystemTimeZoneById(Zone);
    private readonly SweepHarness _world = new(azurite, graph, output);

    public Task InitializeAsync() => _world.LoadDefaultContentAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task An_out_of_office_with_a_return_date_moves_every_planned_step_past_it_and_a_second_run_moves_nothing()
    {
        var (rep, plan) = await MarkAsync();
        _world.Clock.Advance(TimeSpan.FromMinutes(5));
        // "Out of the office until Tuesday 17 March 2026 and will be back on Wednesday 18 March 2026".
        _world.Sandbox.SimulateProspectReply(SweepHarness.MailboxOf(rep), plan.Thread.ConversationId, automatic: true, returnOn: new DateOnly(2026, 3, 18));

        var result = await _world.CheckRepliesAsync();

        Assert.Equal((1, 0, 0), (result.Shifted, result.Reengaged, result.Failed));
        var shifted = await _world.ReloadAsync(plan);
        Assert.Equal(PlanState.Active, shifted.State);
        Assert.Null(shifted.Engagement);
        Assert.Equal(new DateOnly(2026, 3, 17), shifted.AwayUntil);
        // Back on Wednesday the 18th: the first step waits until Thursday the 19th; the others keep their distance
        // (13 days) and land on the next business day, at the same local time across the change to summer time.
        Assert.Equal(
        [
            (1, StepStatus.Done, Local(2026, 3, 4, 14, 50)),
            (2, StepStatus.Planned, Local(2026, 3, 19, 15, 0)),
            (3, StepStatus.Planned, Local(2026, 3, 23, 15, 0)),
            (4, StepStatus.Planned, Local(2026, 4, 7, 15, 0)),
        ], Summary(shifted));

        var again = await _world.CheckRepliesAsync();

        Assert.Equal((1, 0, 0), (again.Checked, again.Shifted, again.Reengaged));
        var unchanged = await _world.ReloadAsync(plan);
        Assert.Equal(shifted.Version, unchanged.Version);

        // The due index moved with the steps: on the first follow-up's old day nothing is written.
        _world.Clock.SetNow(new DateTimeOffset(2026, 3, 6, 16, 0, 0, TimeSpan.Zero));
        await _world.SweepAsync();
        Assert.Single(_world.Sandbox.Drafts(SweepHarness.MailboxOf(rep)));
    }

    [Fact]
    public async Task An_out_of_office_without_a_date_moves_the_plan_past_a_default_week_away()
    {
        var (rep, plan) = await MarkAsync();
        _world.Write(plan, ReplyWorld.Prospect, "I am currently out of the office with limited access to e-mail.", TimeSpan.FromMinutes(5),
            [KeyValuePair.Create("Auto-Submitted", "auto-replied"), KeyValuePair.Create("X-Auto-Response-Suppress", "All")]);

        var result = await _world.CheckRepliesAsync();

        Assert.Equal(1, result.Shifted);
        var shifted = await _world.ReloadAsync(plan);
        Assert.Equal(PlanState.Active, shifted.State);
        // Received on Wednesday the 4th: away for a week, to Wednesday the 11th; back in touch Friday the 13th.
        Assert.Equal(new DateOnly(2026, 3, 11), shifted.AwayUntil);
        Assert.Equal(Local(2026, 3, 13, 15, 0), Summary(shifted)[1].Due);
        Assert.DoesNotContain(_world.Sandbox.Messages(SweepHarness.MailboxOf(rep)), m => m.FlagStatus == "flagged");
    }

    /// <summary>
    /// Marked on Wednesday 4 March 2026 at 15:00 in Amsterdam; the thank-you has run, a follow-up is due on Friday the
    /// 6th, another on Monday the 9th and one more on Wednesday the 25th, each at 15:00 local time (a callback that close
    /// is in the calendar already: see <see cref="Core.Planning.PlanStep.CallbackLead"/>).
    /// </summary>
    private async Task<(RepId Rep, PlanRecord Plan)> MarkAsync()
    {
        var rep = _world.NewMailbox(Zone);
        var plan = await _world.MarkAsync(rep, ReplyWorld.Prospect,
        [
            new PlanStep(1, StepKind.ThankYou, Local(2026, 3, 4, 14, 50)),
            new PlanStep(2, StepKind.FollowUp, Local(2026, 3, 6, 15, 0)),
            new PlanStep(3, StepKind.FollowUp, Local(2026, 3, 9, 15, 0)),
            new PlanStep(4, StepKind.FollowUp, Local(2026, 3, 25, 15, 0), ValueProposition: true),
        ], timeZone: Zone);
        await _world.SweepAsync();
        return (rep, await _world.ReloadAsync(plan));
    }

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Tz.GetUtcOffset(local)).ToUniversalTime();
    }

    private static List<(int Number, StepStatus Status, DateTimeOffset Due)> Summary(PlanRecord plan) =>
        [.. plan.Steps.OrderBy(s => s.Step.Number).Select(s => (s.Step.Number, s.Step.Status, s.Step.DueAt.ToUniversalTime()))];
}
