using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Integration.Tests.Replies;
using OutlookFollowUp.Jobs.Replies;
using OutlookFollowUp.Jobs.Sweep;
using OutlookFollowUp.Jobs.Workers;
using OutlookFollowUp.Storage.Leases;
using OutlookFollowUp.Storage.Plans;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Sweep;

/// <summary>Several instances sweeping the same mailboxes at once, each mailbox with several messages in flight.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SweepConcurrencyTests(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper output)
    : IClassFixture<GraphSandboxHost>, IDisposable
{
    private readonly SweepHarness _world = new(azurite, graph, output);

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Three_workers_sweeping_the_same_mailboxes_at_once_create_no_duplicates()
    {
        await _world.LoadDefaultContentAsync();
        var plans = new List<PlanRecord>();
        for (var m = 0; m < 5; m++)
        {
            var rep = _world.NewMailbox();
            for (var p = 0; p < 3; p++)
            {
                plans.Add(await _world.MarkAsync(rep, $"prospect{m}.{p}@contoso.example", _world.TypicalSteps()));
            }
        }

        var instances = Enumerable.Range(0, 3).Select(_ => _world.StartInstance()).ToList();
        // Every instance's timer fires: three messages per mailbox, then all instances work them at the same time.
        await Task.WhenAll(instances.Select(i => i.GetRequiredService<SweepJob>().SweepAsync(CancellationToken.None)));
        await Task.WhenAll(instances.Select(i => i.GetRequiredService<MailboxQueueListener>().DrainAsync(2, CancellationToken.None)));
        await _world.SweepUntilQuietAsync();

        var ledger = await _world.LedgerAsync(plans);
        Assert.Equal(45, ledger.DueSteps);
        Assert.Equal(45, ledger.Done);
        Assert.Equal(0, ledger.Duplicates);
        Assert.Equal(0, ledger.Losses);
        Assert.Equal(0, ledger.Premature);
    }

    [Fact]
    public async Task Two_worker_hosts_and_the_replies_job_together_never_put_more_than_four_requests_in_flight_on_one_mailbox()
    {
        await _world.LoadDefaultContentAsync();
        var rep = _world.NewMailbox();
        var plans = new List<PlanRecord>();
        for (var p = 0; p < 40; p++)
        {
            plans.Add(await _world.MarkAsync(rep, $"prospect{p}@contoso.example", [new Core.Planning.PlanStep(1, Core.Planning.StepKind.FollowUp, _world.Clock.GetUtcNow().AddMinutes(-5))]));
        }

        _world.Sandbox.SetFaults(new GraphSandbox.Faults.SandboxFaults { LatencyMs = 400, LatencyJitterMs = 20 });
        var instances = Enumerable.Range(0, 2).Select(_ => _world.StartInstance()).ToList();
        await Task.WhenAll(instances.Select(i => i.GetRequiredService<SweepJob>().SweepAsync(CancellationToken.None)));
        var replies = _world.CheckRepliesAsync(instances[0]);
        await Task.WhenAll(instances.Select(i => i.GetRequiredService<MailboxQueueListener>().DrainAsync(2, CancellationToken.None)));
        await replies;
        _world.Sandbox.SetFaults(GraphSandbox.Faults.SandboxFaults.None);
        await _world.SweepUntilQuietAsync();

        var ledger = await _world.LedgerAsync(plans);
        var peak = _world.Sandbox.Counters.PeakInFlightByMailbox[SweepHarness.MailboxOf(rep)];
        output.WriteLine($"{ledger}; peak in flight {peak}; MailboxConcurrency 429s {_world.Sandbox.Counters.ConcurrencyThrottles}");
        Assert.InRange(peak, 1, 4);
        Assert.Equal(0, _world.Sandbox.Counters.ConcurrencyThrottles);
        Assert.Equal((40, 0, 0), (ledger.Done, ledger.Duplicates, ledger.Losses));
    }

    [Fact]
    public async Task A_mailbox_another_instance_holds_gets_no_requests_from_a_worker_or_the_reply_check_until_it_is_free()
    {
        await _world.LoadDefaultContentAsync();
        var rep = _world.NewMailbox();
        var plan = await _world.MarkAsync(rep, "dana@contoso.example", [new Core.Planning.PlanStep(1, Core.Planning.StepKind.FollowUp, _world.Clock.GetUtcNow().AddMinutes(-5))]);
        var instance = _world.StartInstance();
        var before = _world.Sandbox.Counters.RequestsByMailbox.GetValueOrDefault(SweepHarness.MailboxOf(rep));

        var elsewhere = await _world.Get<IMailboxLeases>().TryHoldAsync(rep, TimeSpan.FromMinutes(2));
        Assert.NotNull(elsewhere);
        RepliesResult replies;
        await using (elsewhere)
        {
            await _world.SweepAsync(instance);
            replies = await _world.CheckRepliesAsync(instance);

            Assert.Equal(before, _world.Sandbox.Counters.RequestsByMailbox.GetValueOrDefault(SweepHarness.MailboxOf(rep)));
            Assert.Equal((0, 1), (replies.Checked, replies.Busy));
            Assert.Equal(Core.Planning.StepStatus.Planned, (await _world.ReloadAsync(plan)).Steps.Single().Step.Status);
        }

        await _world.SweepAsync(instance);

        var ledger = await _world.LedgerAsync([plan]);
        Assert.Equal((1, 0, 0), (ledger.Done, ledger.Duplicates, ledger.Losses));
    }
}
