using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.GraphSandbox.Prospects;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Integration.Tests.Sweep;
using OutlookFollowUp.Storage.Plans;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Replies;

/// <summary>
/// Mail as it really arrives in a marked thread, each kind with the headers its sender writes, through the Graph SDK
/// and the reply check: a person's answer pauses the plan whatever client sent it (a CRM's X-Auto-Response-Suppress
/// included), an out-of-office moves it, and a mailing-list message or a bounce changes nothing.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InboundCorpusTests(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper output)
    : IClassFixture<GraphSandboxHost>, IAsyncLifetime, IDisposable
{
    private readonly SweepHarness _world = new(azurite, graph, output);

    public Task InitializeAsync() => _world.LoadDefaultContentAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _world.Dispose();

    [Theory]
    [InlineData(InboundSample.OutlookReply, PlanState.Paused, 0)]
    [InlineData(InboundSample.CrmReply, PlanState.Paused, 0)]
    [InlineData(InboundSample.ExchangeOutOfOffice, PlanState.Active, 1)]
    [InlineData(InboundSample.GmailVacation, PlanState.Active, 1)]
    [InlineData(InboundSample.MailingList, PlanState.Active, 0)]
    [InlineData(InboundSample.DeliveryFailure, PlanState.Active, 0)]
    public async Task Each_kind_of_inbound_mail_does_what_its_sender_meant(InboundSample sample, PlanState expected, int shifted)
    {
        var rep = _world.NewMailbox("W. Europe Standard Time");
        var plan = await _world.MarkAsync(rep, ReplyWorld.Prospect,
        [
            new PlanStep(1, StepKind.FollowUp, _world.Clock.GetUtcNow().AddDays(3)),
            new PlanStep(2, StepKind.FollowUp, _world.Clock.GetUtcNow().AddDays(20)),
        ]);
        _world.Clock.Advance(TimeSpan.FromMinutes(5));
        _world.Sandbox.SimulateInbound(SweepHarness.MailboxOf(rep), plan.Thread.ConversationId, sample);

        var result = await _world.CheckRepliesAsync();

        var after = await _world.ReloadAsync(plan);
        Assert.Equal(expected, after.State);
        Assert.Equal((shifted, expected == PlanState.Paused ? 1 : 0, 0), (result.Shifted, result.Reengaged, result.Failed));
        if (shifted == 0 && expected == PlanState.Active)
        {
            Assert.Equal(plan.Version, after.Version);
        }
    }
}
