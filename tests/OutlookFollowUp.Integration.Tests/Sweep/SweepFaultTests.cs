using OutlookFollowUp.GraphSandbox.Faults;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage.Plans;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Sweep;

/// <summary>Graph on a bad day: throttling with Retry-After, server errors and connections dropped before or after the change.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SweepFaultTests(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper output)
    : IClassFixture<GraphSandboxHost>, IDisposable
{
    private readonly SweepHarness _world = new(azurite, graph, output);

    public void Dispose()
    {
        _world.Sandbox.SetFaults(SandboxFaults.None);
        _world.Dispose();
    }

    [Fact]
    public async Task Every_due_step_is_done_exactly_once_despite_throttling_server_errors_and_dropped_connections()
    {
        await _world.LoadDefaultContentAsync();
        var plans = new List<PlanRecord>();
        for (var m = 0; m < 4; m++)
        {
            var rep = _world.NewMailbox(m % 2 == 0 ? "W. Europe Standard Time" : "Eastern Standard Time");
            for (var p = 0; p < 4; p++)
            {
                plans.Add(await _world.MarkAsync(rep, $"prospect{m}.{p}@contoso.example", _world.TypicalSteps()));
            }
        }

        _world.Sandbox.SetFaults(new SandboxFaults
        {
            ThrottleRate = 0.10,
            RetryAfterSeconds = 1,
            ServerErrorRate = 0.05,
            DropRate = 0.02,
            DropMode = DropMode.Either,
            Seed = 20260304,
        });

        var rounds = await _world.SweepUntilQuietAsync();

        var counters = _world.Sandbox.Counters;
        output.WriteLine($"{rounds} sweeps; {counters.Requests} Graph requests: {counters.InjectedThrottles} throttled, "
            + $"{counters.InjectedServerErrors} 503, {counters.DroppedConnections} dropped, {counters.ConcurrencyThrottles} self-caused 429s");
        var ledger = await _world.LedgerAsync(plans);
        Assert.Equal(48, ledger.DueSteps);
        Assert.Equal(48, ledger.Done);
        Assert.Equal(0, ledger.Duplicates);
        Assert.Equal(0, ledger.Losses);
        Assert.Equal(0, ledger.Premature);
        Assert.Equal(0, ledger.Sends);
        Assert.True(counters.InjectedThrottles > 0 && counters.InjectedServerErrors > 0 && counters.DroppedConnections > 0,
            "The run should actually have met every kind of fault.");
        Assert.Equal(0, counters.ConcurrencyThrottles);
    }
}
