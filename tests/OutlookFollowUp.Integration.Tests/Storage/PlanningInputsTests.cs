using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class PlanningInputsTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateTimeOffset T0 = SamplePlans.MarkedAt;
    private readonly StorageHarness _storage = new(azurite);
    private IPlanRepository Plans => _storage.Get<IPlanRepository>();

    [Fact]
    public async Task Follow_ups_to_the_same_prospect_in_the_reps_other_plans_are_counted()
    {
        var rep = SamplePlans.NewRep();
        await Plans.SaveAsync(SamplePlans.New(rep, "thread A", "dana@example.com", [
            new PlanStep(1, StepKind.FollowUp, T0.AddDays(10)),
            new PlanStep(2, StepKind.FollowUp, T0.AddDays(20), StepStatus.Done),
            new PlanStep(3, StepKind.FollowUp, T0.AddDays(30), StepStatus.Cancelled),
            new PlanStep(4, StepKind.FollowUp, T0.AddDays(-30)),
            new PlanStep(5, StepKind.ThankYou, T0.AddDays(1)),
        ]));
        // The same person written differently, in another thread.
        await Plans.SaveAsync(SamplePlans.New(rep, "thread B", "  Dana@Example.COM ", [new PlanStep(1, StepKind.FollowUp, T0.AddDays(5))]));
        await Plans.SaveAsync(SamplePlans.New(rep, "thread C", "someone.else@example.com", [new PlanStep(1, StepKind.FollowUp, T0.AddDays(7))]));
        await Plans.SaveAsync(SamplePlans.New(SamplePlans.NewRep(), "thread A", "dana@example.com", [new PlanStep(1, StepKind.FollowUp, T0.AddDays(8))]));
        var planBeingReplanned = SamplePlans.New(rep, "thread D", "dana@example.com", [new PlanStep(1, StepKind.FollowUp, T0.AddDays(9))]);
        await Plans.SaveAsync(planBeingReplanned);

        var inputs = await Plans.GetPlanningInputsAsync(rep, "DANA@example.com", "Europe/Paris", T0, planBeingReplanned.PlanId);

        Assert.Equal([T0.AddDays(5), T0.AddDays(10), T0.AddDays(20)], inputs.OtherFollowUpsToProspect);
    }

    [Fact]
    public async Task Callbacks_are_counted_per_day_in_the_reps_time_zone()
    {
        var rep = SamplePlans.NewRep();
        // 2026-03-10 02:00 UTC is still 9 March in New York; 15:00 UTC is 10 March there.
        var lateEvening = new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);
        var afternoon = new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero);
        await Plans.SaveAsync(SamplePlans.New(rep, "thread A", "a@example.com", [new PlanStep(1, StepKind.Callback, lateEvening)]));
        await Plans.SaveAsync(SamplePlans.New(rep, "thread B", "b@example.com", [
            new PlanStep(1, StepKind.Callback, afternoon),
            new PlanStep(2, StepKind.Callback, afternoon.AddDays(1), StepStatus.Cancelled),
        ]));
        await Plans.SaveAsync(SamplePlans.New(rep, "thread C", "c@example.com", [new PlanStep(1, StepKind.Callback, afternoon.AddHours(1), StepStatus.Done)]));

        var inputs = await Plans.GetPlanningInputsAsync(rep, "nobody@example.com", "America/New_York", T0);

        Assert.Equal(new Dictionary<DateOnly, int> { [new(2026, 3, 9)] = 1, [new(2026, 3, 10)] = 2 }, inputs.CallbacksPerDay);
        Assert.Empty(inputs.OtherFollowUpsToProspect);
    }

    public void Dispose() => _storage.Dispose();
}
