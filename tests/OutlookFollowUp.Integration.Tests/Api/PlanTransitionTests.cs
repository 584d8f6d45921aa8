using System.Net;
using System.Text.Json.Nodes;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class PlanTransitionTests : IDisposable
{
    private readonly ApiFactory _factory;
    private readonly HttpClient _client;

    public PlanTransitionTests(AzuriteFixture azurite)
    {
        _factory = new(azurite);
        _client = _factory.ClientFor(TestTokens.Rep(Guid.NewGuid()));
    }

    public void Dispose() => _factory.Dispose();

    private async Task<PlanResponse> PostAsync(string planId, string action, HttpStatusCode expected = HttpStatusCode.OK, JsonObject? body = null)
    {
        var response = body is null
            ? await _client.PostAsync($"/api/plans/{planId}/{action}", null)
            : await _client.PostJsonAsync($"/api/plans/{planId}/{action}", body);
        await response.ShouldBeAsync(expected);
        return expected == HttpStatusCode.OK ? await response.ReadAsync<PlanResponse>() : null!;
    }

    private static JsonObject Outcome(string outcome) => new() { ["outcome"] = outcome };

    [Fact]
    public async Task Pausing_cancels_the_planned_steps_and_resuming_plans_them_again()
    {
        var plan = await _client.MarkAsync(ApiTestHelpers.Mark());

        var paused = await PostAsync(plan.PlanId, "pause");
        Assert.Equal(PlanState.Paused, paused.State);
        Assert.All(paused.Steps, s => Assert.Equal(StepStatus.Cancelled, s.Status));
        Assert.Equal(PlanState.Paused, (await PostAsync(plan.PlanId, "pause")).State);

        var resumed = await PostAsync(plan.PlanId, "resume");
        Assert.Equal(PlanState.Active, resumed.State);
        Assert.Contains(resumed.Steps, s => s.Kind == StepKind.Callback && s.Status == StepStatus.Planned);
        Assert.All(resumed.Steps, s => Assert.True(s.Number > plan.Steps.Max(p => p.Number)));
    }

    [Fact]
    public async Task Closing_records_the_outcome_and_cancels_what_had_not_run()
    {
        var plan = await _client.MarkAsync(ApiTestHelpers.Mark());

        var closed = await PostAsync(plan.PlanId, "close", body: Outcome("re-engaged"));

        Assert.Equal(PlanState.Closed, closed.State);
        Assert.Equal(PlanOutcome.ReEngaged, closed.Outcome);
        Assert.All(closed.Steps, s => Assert.Equal(StepStatus.Cancelled, s.Status));
        var json = await (await _client.GetAsync($"/api/plans/{plan.PlanId}")).Content.ReadAsStringAsync();
        Assert.Contains("\"outcome\":\"re-engaged\"", json, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"closed\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_twice_resuming_pausing_or_re_marking_a_closed_plan_is_409()
    {
        var plan = await _client.MarkAsync(ApiTestHelpers.Mark());
        await PostAsync(plan.PlanId, "close", body: Outcome("won"));

        await (await _client.PostJsonAsync($"/api/plans/{plan.PlanId}/close", Outcome("still-no"))).ProblemAsync(HttpStatusCode.Conflict);
        await (await _client.PostAsync($"/api/plans/{plan.PlanId}/resume", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await _client.PostAsync($"/api/plans/{plan.PlanId}/pause", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await _client.PutJsonAsync("/api/plans", ApiTestHelpers.Mark(reason: "no-need"))).ProblemAsync(HttpStatusCode.Conflict);

        var after = await (await _client.GetAsync($"/api/plans/{plan.PlanId}")).ReadAsync<PlanResponse>();
        Assert.Equal((PlanState.Closed, PlanOutcome.Won, "price"), (after.State, after.Outcome, after.Reason));
    }

    [Theory]
    [InlineData("lost")]
    [InlineData("Won")]
    [InlineData("still_no")]
    public async Task Closing_with_an_unknown_outcome_is_400_naming_the_outcome(string outcome)
    {
        var plan = await _client.MarkAsync(ApiTestHelpers.Mark());

        var response = await _client.PostJsonAsync($"/api/plans/{plan.PlanId}/close", Outcome(outcome));

        Assert.Equal(["outcome"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Keys);
        Assert.Equal(PlanState.Active, (await (await _client.GetAsync($"/api/plans/{plan.PlanId}")).ReadAsync<PlanResponse>()).State);
    }
}
