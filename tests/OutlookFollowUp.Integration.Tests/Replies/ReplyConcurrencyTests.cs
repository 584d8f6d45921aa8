using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Integration.Tests.Sweep;
using OutlookFollowUp.Jobs.Replies;
using OutlookFollowUp.Storage.Plans;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Replies;

/// <summary>Reply checks overlapping each other (two instances, one timer tick) and the sweep's workers.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReplyConcurrencyTests(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper output)
    : IClassFixture<GraphSandboxHost>, IAsyncLifetime, IDisposable
{
    private readonly SweepHarness _world = new(azurite, graph, output);

    public Task InitializeAsync() => _world.LoadDefaultContentAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Two_reply_checks_and_a_sweep_at_once_pause_each_replied_plan_once_flag_each_reply_once_and_lose_no_step()
    {
        var reps = new[] { _world.NewMailbox(), _world.NewMailbox() };
        var plans = new List<PlanRecord>();
        foreach (var rep in reps)
        {
            for (var p = 0; p < 6; p++)
            {
                plans.Add(await _world.MarkAsync(rep, $"prospect{p}@contoso{p}.example", _world.TypicalSteps()));
            }
        }

        _world.Clock.Advance(TimeSpan.FromMinutes(10));
        var replies = plans.Where((_, i) => i % 2 == 0)
            .ToDictionary(p => p.PlanId, p => _world.Sandbox.SimulateProspectReply(SweepHarness.MailboxOf(p.Rep), p.Thread.ConversationId, automatic: false));
        var (one, two) = (_world.StartInstance(), _world.StartInstance());

        var sweep = _world.SweepAsync(_world.StartInstance());
        var results = await Task.WhenAll(_world.CheckRepliesAsync(one), _world.CheckRepliesAsync(two));
        await sweep;
        // A check that lost every save to the workers' step records leaves its plan to the next run: this one.
        var next = await _world.CheckRepliesAsync();

        Assert.Equal(replies.Count, results.Sum(r => r.Reengaged) + next.Reengaged);
        Assert.Equal(0, next.Failed);
        foreach (var seeded in plans)
        {
            var plan = await _world.ReloadAsync(seeded);
            var replied = replies.TryGetValue(plan.PlanId, out var replyId);
            Assert.Equal(replied ? PlanState.Paused : PlanState.Active, plan.State);
            Assert.Equal(replied, plan.Engagement is { Source: EngagementSource.ProspectReplied });
            if (replied)
            {
                var reply = _world.Message(plan.Rep, replyId!);
                Assert.Equal([ThreadReplyCheck.RepliedCategory], reply.Categories);
                Assert.Equal("flagged", reply.FlagStatus);
                // A step the sweep ran stays done with its item (the pause did not overwrite it); the rest are cancelled.
                Assert.All(plan.Steps, s => Assert.True(
                    s.Step.Status == StepStatus.Cancelled || (s.Step.Status == StepStatus.Done && s.MailboxItemId is not null),
                    $"Step {s.Step.Number} is {s.Step.Status}."));
            }
        }

        // The active plans' due steps all ran exactly once: nothing the sweep did was lost to a reply check's save, and
        // a mailbox a reply check held while the sweep came by is worked by the next sweep.
        await _world.SweepUntilQuietAsync();
        var ledger = await _world.LedgerAsync(plans.Where(p => !replies.ContainsKey(p.PlanId)));
        Assert.Equal((18, 0, 0), (ledger.Done, ledger.Duplicates, ledger.Losses));
    }
}
