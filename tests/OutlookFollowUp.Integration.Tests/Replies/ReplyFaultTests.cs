using OutlookFollowUp.GraphSandbox.Faults;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Integration.Tests.Sweep;
using OutlookFollowUp.Storage.Plans;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Replies;

/// <summary>Graph on a bad day while the reply check reads threads.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReplyFaultTests(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper output)
    : IClassFixture<GraphSandboxHost>, IDisposable
{
    private readonly SweepHarness _world = new(azurite, graph, output);

    public void Dispose()
    {
        _world.Sandbox.SetFaults(SandboxFaults.None);
        _world.Sandbox.ClearScriptedFaults();
        _world.Dispose();
    }

    [Fact]
    public async Task A_thread_query_throttled_with_Retry_After_then_failing_with_503_is_retried_and_the_reply_still_found()
    {
        var rep = _world.NewMailbox();
        var plan = await _world.MarkAsync(rep, ReplyWorld.Prospect, _world.TypicalSteps());
        _world.Write(plan, ReplyWorld.Prospect, "Let us talk after all.", TimeSpan.FromMinutes(30));
        _world.Sandbox.SetFaults(new SandboxFaults { RetryAfterSeconds = 1 });
        _world.Sandbox.ScriptFault(new ScriptedFault(FaultKind.Throttle, "GET", "/messages", SweepHarness.MailboxOf(rep)));
        _world.Sandbox.ScriptFault(new ScriptedFault(FaultKind.ServiceUnavailable, "GET", "/messages", SweepHarness.MailboxOf(rep)));

        var result = await _world.CheckRepliesAsync();

        var reads = _world.ThreadReads(rep);
        Assert.Equal(["throttled", "unavailable", "handled"], reads.Select(r => r.Outcome));
        Assert.True(reads[1].At - reads[0].At >= TimeSpan.FromSeconds(0.9), $"Waited {reads[1].At - reads[0].At}, not the 1 s Graph asked for.");
        Assert.Equal((1, 0), (result.Reengaged, result.Failed));
        Assert.Equal(PlanState.Paused, (await _world.ReloadAsync(plan)).State);
    }

    [Fact]
    public async Task A_mailbox_that_keeps_failing_leaves_its_plans_for_the_next_run_and_other_mailboxes_are_still_checked()
    {
        var (failing, healthy) = (_world.NewMailbox(), _world.NewMailbox());
        var stuck = await _world.MarkAsync(failing, ReplyWorld.Prospect, _world.TypicalSteps());
        var found = await _world.MarkAsync(healthy, ReplyWorld.Prospect, _world.TypicalSteps());
        _world.Write(stuck, ReplyWorld.Prospect, "Let us talk.", TimeSpan.FromMinutes(30));
        _world.Write(found, ReplyWorld.Prospect, "Let us talk.", TimeSpan.FromMinutes(30));
        _world.Sandbox.SetFaults(new SandboxFaults { FailingMailboxes = [SweepHarness.MailboxOf(failing)] });

        var result = await _world.CheckRepliesAsync();

        Assert.Equal((2, 1, 1), (result.Mailboxes, result.Reengaged, result.Failed));
        Assert.Equal(PlanState.Active, (await _world.ReloadAsync(stuck)).State);
        Assert.Equal(PlanState.Paused, (await _world.ReloadAsync(found)).State);

        _world.Sandbox.SetFaults(SandboxFaults.None);
        var retried = await _world.CheckRepliesAsync();

        Assert.Equal((1, 0), (retried.Reengaged, retried.Failed));
        Assert.Equal(PlanState.Paused, (await _world.ReloadAsync(stuck)).State);
    }

    [Fact]
    public async Task A_mailbox_that_keeps_failing_gets_fewer_thread_queries_than_it_has_plans_once_its_circuit_opens()
    {
        var rep = _world.NewMailbox();
        for (var p = 0; p < 16; p++)
        {
            await _world.MarkAsync(rep, $"prospect{p}@contoso{p}.example", _world.TypicalSteps());
        }

        _world.Sandbox.SetFaults(new SandboxFaults { FailingMailboxes = [SweepHarness.MailboxOf(rep)] });

        var result = await _world.CheckRepliesAsync();

        Assert.Equal((16, 16, 0), (result.Entries, result.Failed, result.Checked));
        var reads = _world.ThreadReads(rep).Count;
        output.WriteLine($"{reads} thread queries reached the failing mailbox");
        // Each plan alone would query and retry; once the circuit opens, the mailbox's other plans wait for the next run.
        Assert.InRange(reads, 1, 15);
    }
}
