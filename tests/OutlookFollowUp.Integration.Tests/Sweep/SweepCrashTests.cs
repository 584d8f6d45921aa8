using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Jobs;
using OutlookFollowUp.Storage.Plans;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Sweep;

/// <summary>
/// A worker process dies at a random call into storage or Graph — before the call, or after it took effect but before
/// the worker saw the answer — and a fresh process sweeps again once the dead one's leases have expired.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SweepCrashTests(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper output)
    : IClassFixture<GraphSandboxHost>, IDisposable
{
    private readonly SweepHarness _world = new(azurite, graph, output);

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 30)];

    public void Dispose() => _world.Dispose();

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task A_worker_killed_at_a_random_point_then_restarted_after_its_lease_leaves_no_duplicate_and_no_lost_step(int seed)
    {
        await _world.LoadDefaultContentAsync();
        var plans = new List<PlanRecord>();
        for (var m = 0; m < 2; m++)
        {
            var rep = _world.NewMailbox();
            for (var p = 0; p < 2; p++)
            {
                plans.Add(await _world.MarkAsync(rep, $"prospect{m}.{p}@contoso.example", _world.TypicalSteps()));
            }
        }

        // A whole sweep of these 12 steps makes about 50 calls; kill somewhere in it.
        var random = new Random(seed);
        var crash = new CrashSwitch();
        var (killAt, afterEffect) = (random.Next(1, 55), random.Next(2) == 0);
        crash.Arm(killAt, afterEffect);
        var doomed = _world.StartInstance(crash);
        try
        {
            await _world.SweepAsync(doomed);
        }
        catch (WorkerKilledException)
        {
            // Killed in the timer part, before any message went out.
        }

        output.WriteLine($"seed {seed}: killed at call {killAt} of {crash.Calls} ({(afterEffect ? "after" : "before")} its effect); killed = {crash.Killed}");

        var lease = doomed.GetRequiredService<IOptions<JobsOptions>>().Value.LeaseDuration;
        _world.Clock.Advance(lease + TimeSpan.FromSeconds(1));
        var restarted = _world.StartInstance();
        var rounds = await _world.SweepUntilQuietAsync(restarted);

        var ledger = await _world.LedgerAsync(plans);
        output.WriteLine($"seed {seed}: {rounds} sweeps after the restart");
        Assert.Equal(12, ledger.DueSteps);
        Assert.Equal(0, ledger.Duplicates);
        Assert.Equal(0, ledger.Losses);
        Assert.Equal(0, ledger.Premature);
        Assert.Equal(12, ledger.Done);
    }
}
