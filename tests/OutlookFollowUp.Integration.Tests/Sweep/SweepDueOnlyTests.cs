using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage.Plans;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Sweep;

/// <summary>The sweep's work follows what is due, not what is stored.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SweepDueOnlyTests(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper output)
    : IClassFixture<GraphSandboxHost>, IDisposable
{
    private readonly SweepHarness _world = new(azurite, graph, output);

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task A_sweep_among_many_future_steps_reads_and_touches_only_the_due_ones()
    {
        await _world.LoadDefaultContentAsync();
        var now = _world.Clock.GetUtcNow();
        var quiet = Enumerable.Range(0, 4).Select(_ => _world.NewMailbox()).ToList();
        var busy = Enumerable.Range(0, 2).Select(_ => _world.NewMailbox()).ToList();
        var future = new List<PlanRecord>();
        for (var i = 0; i < 60; i++)
        {
            future.Add(await _world.MarkAsync((i % 3 == 0 ? busy : quiet)[i % 2], $"later{i}@contoso.example",
            [
                new PlanStep(1, StepKind.FollowUp, now.AddDays(3 + i)),
                new PlanStep(2, StepKind.Callback, now.AddDays(60 + i)),
            ]));
        }

        var due = new List<PlanRecord>();
        foreach (var rep in busy)
        {
            due.Add(await _world.MarkAsync(rep, $"now.{rep.ObjectId:N}@contoso.example", _world.TypicalSteps()));
            due.Add(await _world.MarkAsync(rep, $"soon.{rep.ObjectId:N}@contoso.example", _world.TypicalSteps()));
        }

        var touches = new TouchLog();
        var result = await _world.SweepAsync(_world.StartInstance(touches: touches));

        Assert.Equal(12, result.DueEntries);
        Assert.Equal(2, result.MailboxesEnqueued);
        Assert.Equal(due.Select(p => p.PlanId).Order(), touches.PlansRead.Distinct().Order());
        var mailboxesCalled = _world.Sandbox.Counters.RequestsByMailbox.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Subset(busy.Select(SweepHarness.MailboxOf).ToHashSet(StringComparer.OrdinalIgnoreCase), mailboxesCalled);
        Assert.DoesNotContain(quiet.Select(SweepHarness.MailboxOf), mailboxesCalled.Contains);

        var ledger = await _world.LedgerAsync([.. due, .. future]);
        Assert.Equal((12, 12), (ledger.DueSteps, ledger.Done));
        Assert.Equal(0, ledger.Duplicates);
        Assert.Equal(0, ledger.Losses);
        Assert.Equal(0, ledger.Premature);
    }
}
