using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage.Plans;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Sweep;

/// <summary>A step that can never succeed is parked with its error and never holds up the rest.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SweepPoisonTests(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper output)
    : IClassFixture<GraphSandboxHost>, IDisposable
{
    private const int MaxAttempts = 3;
    private readonly SweepHarness _world = new(azurite, graph, output, new Dictionary<string, string?> { ["Jobs:MaxAttempts"] = "3" });

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task A_reply_to_a_message_that_no_longer_exists_is_parked_with_its_error_after_the_last_attempt_and_the_other_steps_finish()
    {
        await _world.LoadDefaultContentAsync();
        var rep = _world.NewMailbox();
        var poisoned = await _world.MarkAsync(rep, "gone@contoso.example", _world.TypicalSteps(), itemId: "AAMkAGhostMessageThatWasDeleted=");
        var healthy = await _world.MarkAsync(rep, "dana@contoso.example", _world.TypicalSteps());

        var sweeps = new List<int>();
        for (var round = 0; round < MaxAttempts + 1; round++)
        {
            sweeps.Add((await _world.SweepAsync()).DueEntries);
        }

        output.WriteLine($"due entries per sweep: {string.Join(", ", sweeps)}");
        var stored = await _world.Get<IPlanRepository>().GetAsync(rep, poisoned.PlanId);
        var thankYou = stored!.Steps.Single(s => s.Step.Kind == StepKind.ThankYou);
        Assert.Equal(StepStatus.Parked, thankYou.Step.Status);
        Assert.Equal(MaxAttempts, thankYou.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(thankYou.LastError));
        output.WriteLine($"parked with: {thankYou.LastError}");
        // What the add-in shows for the step.
        Assert.Equal(thankYou.LastError, StepResponse.From(thankYou, DateTimeOffset.UtcNow).LastError);
        Assert.Equal(0, sweeps[^1]);

        var ledger = await _world.LedgerAsync([poisoned, healthy], new HashSet<(string, int)> { (poisoned.PlanId, thankYou.Step.Number) });
        Assert.Equal((6, 5, 1), (ledger.DueSteps, ledger.Done, ledger.Parked));
        Assert.Equal(0, ledger.Duplicates);
        Assert.Equal(0, ledger.Losses);
    }
}
