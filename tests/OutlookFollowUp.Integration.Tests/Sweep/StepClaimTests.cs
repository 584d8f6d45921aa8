using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Integration.Tests.Storage;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Storage.Steps;

namespace OutlookFollowUp.Integration.Tests.Sweep;

/// <summary>The storage primitives the sweep's exactly-once rests on: ETag-checked claims and the prospect's sent history.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StepClaimTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateTimeOffset Now = SamplePlans.MarkedAt.AddDays(1);
    private readonly StorageHarness _storage = new(azurite);
    private IPlanRepository Plans => _storage.Get<IPlanRepository>();
    private IStepStore Steps => _storage.Get<IStepStore>();

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task Of_two_workers_that_read_the_same_plan_only_the_first_claims_its_step()
    {
        var plan = await Plans.SaveAsync(SamplePlans.New(SamplePlans.NewRep()));
        var first = await Steps.GetStepsAsync(plan.Rep, plan.PlanId, [1]);
        var second = await Steps.GetStepsAsync(plan.Rep, plan.PlanId, [1]);

        await Steps.ClaimAsync(first!, [1], Now, Now.AddMinutes(5));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Steps.ClaimAsync(second!, [1], Now, Now.AddMinutes(7)));
        var stored = (await Plans.GetAsync(plan.Rep, plan.PlanId))!.Steps.Single(s => s.Step.Number == 1);
        Assert.Equal((1, Now.AddMinutes(5), Now), (stored.Attempts, stored.LeaseUntil, stored.StartedAt));
    }

    [Fact]
    public async Task A_claim_is_refused_after_the_api_changed_the_plan_and_the_api_change_stands()
    {
        var plan = await Plans.SaveAsync(SamplePlans.New(SamplePlans.NewRep()));
        var read = await Steps.GetStepsAsync(plan.Rep, plan.PlanId, [2]);
        await Plans.SaveAsync(plan with { State = PlanState.Paused });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Steps.ClaimAsync(read!, [2], Now, Now.AddMinutes(5)));
        var stored = await Plans.GetAsync(plan.Rep, plan.PlanId);
        Assert.Equal(PlanState.Paused, stored!.State);
        Assert.Equal(0, stored.Steps.Single(s => s.Step.Number == 2).Attempts);
    }

    [Fact]
    public async Task A_plan_read_with_some_of_its_steps_cannot_be_saved_whole()
    {
        var plan = await Plans.SaveAsync(SamplePlans.New(SamplePlans.NewRep()));
        var partial = await Steps.GetStepsAsync(plan.Rep, plan.PlanId, [1, 3]);

        Assert.Equal([1, 3], partial!.Steps.Select(s => s.Step.Number));
        await Assert.ThrowsAsync<ArgumentException>(() => Plans.SaveAsync(partial));
        Assert.Equal(4, (await Plans.GetAsync(plan.Rep, plan.PlanId))!.Steps.Count);
    }

    [Fact]
    public async Task Content_sent_by_two_plans_to_one_prospect_is_remembered_for_both_and_not_for_others()
    {
        var rep = SamplePlans.NewRep();
        var a = await Plans.SaveAsync(SamplePlans.New(rep, "thread A", "dana@example.com"));
        var b = await Plans.SaveAsync(SamplePlans.New(rep, "thread B", " Dana@Example.com "));
        var c = await Plans.SaveAsync(SamplePlans.New(rep, "thread C", "lee@example.com"));

        foreach (var (plan, item) in new[] { (a, "guide"), (b, "case-study"), (c, "webinar") })
        {
            var read = await Steps.GetStepsAsync(rep, plan.PlanId, [2]);
            var done = read!.Steps[0] with { Step = read.Steps[0].Step with { Status = StepStatus.Done }, MailboxItemId = "item" };
            await Steps.SaveStepsAsync(read, [done], [new SentContent(plan.Mark.Prospect.Email, item, plan.PlanId, 2, Now)]);
        }

        Assert.Equal(["case-study", "guide"], (await Steps.GetSentContentAsync(rep, "dana@example.com")).Order());
        Assert.Equal(["webinar"], await Steps.GetSentContentAsync(rep, "lee@example.com"));
        Assert.Empty(await Steps.GetSentContentAsync(SamplePlans.NewRep(), "dana@example.com"));
        // Sent rows live beside the plans but are never listed as plans or steps.
        Assert.Equal(3, (await Plans.ListAsync(rep, 10)).Items.Count);
    }
}
