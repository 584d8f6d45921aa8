using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage.Due;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class DueIndexTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateTimeOffset T0 = SamplePlans.MarkedAt;
    private readonly StorageHarness _storage = new(azurite);
    private IPlanRepository Plans => _storage.Get<IPlanRepository>();
    private IDueIndex Index => _storage.Get<IDueIndex>();

    [Fact]
    public async Task The_due_index_returns_only_entries_due_by_the_instant_oldest_first()
    {
        var rep = SamplePlans.NewRep();
        var a = await Plans.SaveAsync(SamplePlans.New(rep, "thread A", steps: [
            new PlanStep(1, StepKind.ThankYou, T0),
            new PlanStep(2, StepKind.FollowUp, T0.AddHours(3)),
            new PlanStep(3, StepKind.FollowUp, T0.AddDays(3)),
        ]));
        var b = await Plans.SaveAsync(SamplePlans.New(SamplePlans.NewRep(), "thread B", steps: [
            new PlanStep(1, StepKind.ThankYou, T0.AddMinutes(20)),
            new PlanStep(2, StepKind.FollowUp, T0.AddHours(3).AddTicks(1)),
            new PlanStep(3, StepKind.Callback, T0.AddDays(-2)),
        ]));

        var due = await ReadDueAsync(T0.AddHours(3));

        Assert.Equal(
            [(b.PlanId, 3), (a.PlanId, 1), (b.PlanId, 1), (a.PlanId, 2)],
            due.Select(e => (e.PlanId, e.StepNumber)));
        Assert.Equal(T0.AddHours(3), due[^1].DueAt);
        Assert.Equal(rep, due[^1].Rep);
    }

    [Fact]
    public async Task Only_planned_steps_of_active_plans_are_in_the_index()
    {
        var plan = await Plans.SaveAsync(SamplePlans.New(SamplePlans.NewRep(), steps: [
            new PlanStep(1, StepKind.ThankYou, T0, StepStatus.Done),
            new PlanStep(2, StepKind.FollowUp, T0, StepStatus.Parked),
            new PlanStep(3, StepKind.FollowUp, T0),
        ]));
        Assert.Equal([3], (await ReadDueAsync(T0)).Select(e => e.StepNumber));

        await Plans.SaveAsync(plan with { State = PlanState.Paused });

        Assert.Empty(await ReadDueAsync(T0));
        Assert.Empty(await _storage.RowsAsync("dueindex"));
    }

    [Fact]
    public async Task Re_planning_removes_the_dropped_and_moved_steps_entries()
    {
        var saved = await Plans.SaveAsync(SamplePlans.New(SamplePlans.NewRep()));
        var moved = saved.Steps[1] with { Step = saved.Steps[1].Step with { DueAt = T0.AddDays(30) } };
        var replanned = saved with
        {
            Steps = [saved.Steps[0], moved, new StepRecord(new PlanStep(5, StepKind.Callback, T0.AddDays(90)))],
        };

        await Plans.SaveAsync(replanned);

        var entries = await ReadDueAsync(T0.AddYears(1));
        Assert.Equal(
            [(1, T0), (2, T0.AddDays(30)), (5, T0.AddDays(90) - PlanStep.CallbackLead)],
            entries.Select(e => (e.StepNumber, e.DueAt)));
        Assert.Equal(3, (await _storage.RowsAsync("dueindex")).Count);
    }

    [Fact]
    public async Task Removing_an_entry_takes_it_out_and_removing_it_again_is_harmless()
    {
        await Plans.SaveAsync(SamplePlans.New(SamplePlans.NewRep()));
        var first = (await ReadDueAsync(T0)).Single();

        await Index.RemoveAsync(first);
        await Index.RemoveAsync(first);

        Assert.Empty(await ReadDueAsync(T0));
        Assert.Equal(SamplePlans.Steps().Length - 1, (await ReadDueAsync(T0.AddYears(1))).Count);
    }

    [Fact]
    public async Task Reading_an_index_that_was_never_written_returns_nothing()
    {
        Assert.Empty(await ReadDueAsync(T0.AddYears(10)));
    }

    private async Task<List<DueEntry>> ReadDueAsync(DateTimeOffset upTo)
    {
        var entries = new List<DueEntry>();
        await foreach (var entry in Index.ReadDueAsync(upTo))
        {
            entries.Add(entry);
        }

        return entries;
    }

    public void Dispose() => _storage.Dispose();
}
