using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Active;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Storage;

/// <summary>The active-plans index the reply check reads instead of scanning every rep's plans.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ActivePlanIndexTests(AzuriteFixture azurite) : IDisposable
{
    private readonly StorageHarness _storage = new(azurite);
    private IPlanRepository Plans => _storage.Get<IPlanRepository>();
    private IActivePlanIndex Index => _storage.Get<IActivePlanIndex>();

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task Saving_keeps_exactly_the_active_plans_in_the_index_through_pause_resume_and_close()
    {
        var rep = SamplePlans.NewRep();
        var other = SamplePlans.NewRep();
        var plan = await Plans.SaveAsync(SamplePlans.New(rep, "thread A"));
        var second = await Plans.SaveAsync(SamplePlans.New(other, "thread B"));
        Assert.Equal(Sorted([(rep, plan.PlanId), (other, second.PlanId)]), Sorted(await ReadAllAsync()));

        plan = await Plans.SaveAsync(plan with { State = PlanState.Paused });
        Assert.Equal([(other, second.PlanId)], await ReadAllAsync());

        plan = await Plans.SaveAsync(plan with { State = PlanState.Active });
        Assert.Contains((rep, plan.PlanId), await ReadAllAsync());

        await Plans.SaveAsync(plan with { State = PlanState.Closed, Outcome = PlanOutcome.StillNo });
        await Plans.SaveAsync(second with { State = PlanState.Closed, Outcome = PlanOutcome.Won });
        Assert.Empty(await ReadAllAsync());
        Assert.Empty(await _storage.RowsAsync("activeplans"));
    }

    [Fact]
    public async Task A_conflicting_save_leaves_the_index_naming_a_plan_that_is_still_active()
    {
        var plan = await Plans.SaveAsync(SamplePlans.New(SamplePlans.NewRep()));
        await Plans.SaveAsync(plan with { UpdatedAt = plan.UpdatedAt.AddMinutes(1) });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Plans.SaveAsync(plan with { State = PlanState.Paused }));

        Assert.Equal([(plan.Rep, plan.PlanId)], await ReadAllAsync());
    }

    [Fact]
    public async Task Removing_the_entry_of_a_plan_that_is_active_again_writes_it_back()
    {
        // A reader judged the entry stale, then the rep resumed the plan before the reader's delete landed.
        var plan = await Plans.SaveAsync(SamplePlans.New(SamplePlans.NewRep()));

        await Index.RemoveAsync(plan.Rep, plan.PlanId);

        Assert.Equal([(plan.Rep, plan.PlanId)], await ReadAllAsync());
    }

    [Fact]
    public async Task Removing_the_entry_of_a_plan_that_is_gone_or_inactive_removes_it_and_a_second_removal_is_harmless()
    {
        var plan = await Plans.SaveAsync(SamplePlans.New(SamplePlans.NewRep()) with { State = PlanState.Paused });
        var missing = SamplePlans.NewRep();

        await Index.RemoveAsync(plan.Rep, plan.PlanId);
        await Index.RemoveAsync(plan.Rep, plan.PlanId);
        await Index.RemoveAsync(missing, PlanIds.ForConversation("never marked"));

        Assert.Empty(await ReadAllAsync());
    }

    private static List<(RepId, string)> Sorted(List<(RepId Rep, string PlanId)> entries) =>
        [.. entries.OrderBy(e => e.Rep.Key, StringComparer.Ordinal)];

    private async Task<List<(RepId Rep, string PlanId)>> ReadAllAsync()
    {
        var entries = new List<(RepId, string)>();
        await foreach (var entry in Index.ReadAllAsync())
        {
            entries.Add(entry);
        }

        return entries;
    }
}
