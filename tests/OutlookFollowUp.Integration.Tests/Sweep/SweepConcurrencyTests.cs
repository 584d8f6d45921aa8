using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Jobs.Sweep;
using OutlookFollowUp.Jobs.Workers;
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
}
