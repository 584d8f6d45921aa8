using Azure.Data.Tables;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Integration.Tests.Sweep;
using OutlookFollowUp.Storage.Plans;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Replies;

/// <summary>The active-plans index is eventually consistent; the reply check repairs what it finds stale.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReplyIndexRepairTests(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper output)
    : IClassFixture<GraphSandboxHost>, IDisposable
{
    private readonly SweepHarness _world = new(azurite, graph, output);

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Entries_of_closed_and_missing_plans_are_dropped_without_asking_Graph_and_active_plans_keep_theirs()
    {
        var rep = _world.NewMailbox();
        var active = await _world.MarkAsync(rep, ReplyWorld.Prospect, _world.TypicalSteps());
        var closed = await _world.MarkAsync(rep, "lee@fabrikam.example", _world.TypicalSteps());
        await _world.Get<IPlanRepository>().SaveAsync(closed with { State = PlanState.Closed, Outcome = PlanOutcome.StillNo });
        // Entries a crash or a failed removal left behind: a closed plan, and a plan that was never stored.
        var index = _world.Get<TableServiceClient>().GetTableClient(_world.TablePrefix + "activeplans");
        await index.UpsertEntityAsync(new TableEntity(rep.Key, closed.PlanId));
        await index.UpsertEntityAsync(new TableEntity(rep.Key, PlanIds.ForConversation("a thread nobody marked")));

        var result = await _world.CheckRepliesAsync();

        Assert.Equal((3, 2, 1), (result.Entries, result.StaleDropped, result.Checked));
        Assert.Single(_world.ThreadReads(rep));
        Assert.Equal([(rep, active.PlanId)], await _world.ActiveEntriesAsync());
        Assert.Equal(0, (await _world.CheckRepliesAsync()).StaleDropped);
    }
}
