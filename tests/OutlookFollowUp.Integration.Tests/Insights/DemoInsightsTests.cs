using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.DevHost.DevDemo;
using OutlookFollowUp.DevHost.DevIdentity;
using OutlookFollowUp.Integration.Tests.Api;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Insights;

/// <summary>The dev host's demo history: what the insights page shows in a local demo, seeded once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DemoInsightsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task In_development_the_insights_show_finished_demo_plans_of_five_reps_but_not_dev_rep_and_a_restart_adds_none()
    {
        using var factory = new ApiFactory(azurite, environment: "Development");
        var client = factory.CreateClient();
        var devRep = factory.Services.GetRequiredService<DevUsers>().Resolve(DevIdentityHandler.DefaultUser).ObjectId;

        var response = await client.GetAsync("/api/insights");
        await response.ShouldBeAsync(HttpStatusCode.OK);
        var insights = await response.ReadAsync<InsightsResponse>();

        Assert.Equal(60, insights.TotalPlans);
        Assert.Equal(5, insights.ByRep.Count);
        Assert.DoesNotContain(insights.ByRep, r => r.RepId == devRep);
        Assert.Contains(insights.ByRep, r => r.Name == "Ava Brooks");
        Assert.InRange(insights.ReEngaged, 1, 59);
        Assert.True(insights.Reasons.Count > 3);

        var stored = new List<PlanRecord>();
        var from = DateTimeOffset.UtcNow.AddYears(-1);
        await foreach (var plan in factory.Services.GetRequiredService<ITenantPlans>().ListMarkedAsync(DevIdentityHandler.TenantId, from, DateTimeOffset.UtcNow))
        {
            stored.Add(plan);
        }

        Assert.All(stored, p => Assert.NotEqual(PlanState.Active, p.State));

        await factory.Services.GetServices<IHostedService>().OfType<DemoInsightsSeeder>().Single().StartAsync(CancellationToken.None);

        Assert.Equal(60, (await (await client.GetAsync("/api/insights")).ReadAsync<InsightsResponse>()).TotalPlans);
    }

    [Fact]
    public async Task No_demo_step_is_left_planned_for_the_sweep()
    {
        using var factory = new ApiFactory(azurite, environment: "Development");
        factory.CreateClient();
        var repository = factory.Services.GetRequiredService<IPlanRepository>();

        var reps = new List<RepId>();
        await foreach (var plan in factory.Services.GetRequiredService<ITenantPlans>().ListMarkedAsync(DevIdentityHandler.TenantId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue))
        {
            reps.Add(plan.Rep);
        }

        var steps = new List<StepRecord>();
        foreach (var rep in reps.Distinct())
        {
            steps.AddRange((await repository.ListAsync(rep, 1000)).Items.SelectMany(p => p.Steps));
        }

        Assert.NotEmpty(steps);
        Assert.All(steps, s => Assert.True(s.Step.Status is StepStatus.Done or StepStatus.Cancelled));
        Assert.Contains(steps, s => s.Step.Status == StepStatus.Done);
    }
}
