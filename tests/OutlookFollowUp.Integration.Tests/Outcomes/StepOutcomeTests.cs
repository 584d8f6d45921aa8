using System.Net;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Api;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Outcomes;

/// <summary><c>POST /api/plans/{planId}/steps/{number}/outcome</c>: the add-in records how a callback went.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StepOutcomeTests(AzuriteFixture azurite) : IDisposable
{
    private readonly OutcomeWorld _world = new(azurite);

    public void Dispose() => _world.Dispose();

    [Theory]
    [InlineData("reached", CallbackOutcome.Reached)]
    [InlineData("not-reached", CallbackOutcome.NotReached)]
    [InlineData("still-no", CallbackOutcome.StillNo)]
    [InlineData("reopened", CallbackOutcome.Reopened)]
    public async Task After_the_call_each_outcome_is_recorded_on_the_callback_and_shown_with_the_plan(string wire, CallbackOutcome outcome)
    {
        var plan = await _world.MarkAsync();
        var callback = await _world.CallHappenedAsync(plan.PlanId);

        var response = await _world.RecordAsync(plan.PlanId, callback, wire);

        await response.ShouldBeAsync(HttpStatusCode.OK);
        var step = (await response.ReadAsync<PlanResponse>()).Steps.Single(s => s.Number == callback);
        Assert.Equal(outcome, step.Outcome);
        Assert.NotNull(step.OutcomeAt);
        var stored = (await _world.StoredAsync(plan.PlanId)).Steps.Single(s => s.Step.Number == callback);
        Assert.Equal((outcome, StepStatus.Done), (stored.Outcome, stored.Step.Status));
        var json = await (await _world.Client.GetAsync($"/api/plans/{plan.PlanId}")).Content.ReadAsStringAsync();
        Assert.Contains($"\"outcome\":\"{wire}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recording_again_replaces_the_earlier_outcome()
    {
        var plan = await _world.MarkAsync();
        var callback = await _world.CallHappenedAsync(plan.PlanId);
        await (await _world.RecordAsync(plan.PlanId, callback, "not-reached")).ShouldBeAsync(HttpStatusCode.OK);

        await (await _world.RecordAsync(plan.PlanId, callback, "reached")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(CallbackOutcome.Reached, (await _world.StoredAsync(plan.PlanId)).Steps.Single(s => s.Step.Number == callback).Outcome);
    }

    [Fact]
    public async Task Outcomes_other_than_reopened_leave_the_plan_running()
    {
        var plan = await _world.MarkAsync();
        var callback = await _world.CallHappenedAsync(plan.PlanId);

        var after = await (await _world.RecordAsync(plan.PlanId, callback, "still-no")).ReadAsync<PlanResponse>();

        Assert.Equal(PlanState.Active, after.State);
        Assert.Null(after.Engagement);
        Assert.Contains(after.Steps, s => s.Status == StepStatus.Planned);
    }

    [Fact]
    public async Task Reopened_pauses_the_plan_cancels_what_had_not_run_and_records_the_engagement_after_the_callback()
    {
        var plan = await _world.MarkAsync();
        var callback = await _world.CallHappenedAsync(plan.PlanId);
        var planned = (await _world.StoredAsync(plan.PlanId)).Steps.Where(s => s.Step.Status == StepStatus.Planned).Select(s => s.Step.Number).ToList();
        Assert.NotEmpty(planned);

        var after = await (await _world.RecordAsync(plan.PlanId, callback, "reopened")).ReadAsync<PlanResponse>();

        Assert.Equal(PlanState.Paused, after.State);
        Assert.All(after.Steps.Where(s => planned.Contains(s.Number)), s => Assert.Equal(StepStatus.Cancelled, s.Status));
        Assert.Equal(StepStatus.Done, after.Steps.Single(s => s.Number == callback).Status);
        Assert.NotNull(after.Engagement);
        Assert.Equal(EngagementSource.CallbackReopened, after.Engagement.Source);
        Assert.Equal(new StepRefDto(StepKind.Callback, 1), after.Engagement.After);
        var stored = await _world.StoredAsync(plan.PlanId);
        Assert.Equal((PlanState.Paused, EngagementSource.CallbackReopened), (stored.State, stored.Engagement?.Source));
        var json = await (await _world.Client.GetAsync($"/api/plans/{plan.PlanId}")).Content.ReadAsStringAsync();
        Assert.Contains("\"source\":\"callback-reopened\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_the_calls_time_recording_is_409_and_nothing_is_stored()
    {
        var plan = await _world.MarkAsync();

        var response = await _world.RecordAsync(plan.PlanId, OutcomeWorld.CallbackOf(plan), "reached");

        await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.All((await _world.StoredAsync(plan.PlanId)).Steps, s => Assert.Null(s.Outcome));
        Assert.False(plan.Steps.Single(s => s.Kind == StepKind.Callback).CanRecordOutcome);
    }

    [Fact]
    public async Task A_follow_up_takes_no_outcome_409()
    {
        var plan = await _world.MarkAsync();
        await _world.CallHappenedAsync(plan.PlanId);
        var followUp = plan.Steps.First(s => s.Kind == StepKind.FollowUp).Number;

        await (await _world.RecordAsync(plan.PlanId, followUp, "reached")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.All((await _world.StoredAsync(plan.PlanId)).Steps, s => Assert.Null(s.Outcome));
    }

    [Fact]
    public async Task A_closed_plan_takes_no_outcome_409()
    {
        var plan = await _world.MarkAsync();
        var callback = await _world.CallHappenedAsync(plan.PlanId);
        await (await _world.Client.PostJsonAsync($"/api/plans/{plan.PlanId}/close", new System.Text.Json.Nodes.JsonObject { ["outcome"] = "won" }))
            .ShouldBeAsync(HttpStatusCode.OK);

        await (await _world.RecordAsync(plan.PlanId, callback, "reached")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.All((await _world.StoredAsync(plan.PlanId)).Steps, s => Assert.Null(s.Outcome));
    }

    [Fact]
    public async Task Another_reps_plan_a_missing_step_and_a_missing_plan_are_the_same_404()
    {
        var plan = await _world.MarkAsync();
        var callback = await _world.CallHappenedAsync(plan.PlanId);
        using var stranger = _world.Factory.ClientFor(TestTokens.Rep(Guid.NewGuid()));

        await (await stranger.PostJsonAsync($"/api/plans/{plan.PlanId}/steps/{callback}/outcome", new System.Text.Json.Nodes.JsonObject { ["outcome"] = "reopened" }))
            .ShouldBeAsync(HttpStatusCode.NotFound);
        await (await _world.RecordAsync(plan.PlanId, 999, "reached")).ShouldBeAsync(HttpStatusCode.NotFound);
        await (await _world.RecordAsync("not-a-plan-id", callback, "reached")).ShouldBeAsync(HttpStatusCode.NotFound);

        var stored = await _world.StoredAsync(plan.PlanId);
        Assert.Equal(PlanState.Active, stored.State);
        Assert.All(stored.Steps, s => Assert.Null(s.Outcome));
    }

    [Theory]
    [InlineData("1", "Reached", "outcome")]
    [InlineData("1", "re-opened", "outcome")]
    [InlineData("1", null, "outcome")]
    [InlineData("0", "reached", "number")]
    [InlineData("two", "reached", "number")]
    public async Task A_bad_outcome_or_step_number_is_400_naming_the_field(string number, string? outcome, string field)
    {
        var plan = await _world.MarkAsync();
        await _world.CallHappenedAsync(plan.PlanId);

        var response = await _world.Client.PostJsonAsync($"/api/plans/{plan.PlanId}/steps/{number}/outcome", new System.Text.Json.Nodes.JsonObject { ["outcome"] = outcome });

        Assert.Equal([field], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Keys);
        Assert.All((await _world.StoredAsync(plan.PlanId)).Steps, s => Assert.Null(s.Outcome));
    }

    [Fact]
    public async Task Without_a_reps_token_recording_is_401()
    {
        var plan = await _world.MarkAsync();
        var callback = await _world.CallHappenedAsync(plan.PlanId);
        using var anonymous = _world.Factory.ClientFor(null);

        var response = await anonymous.PostJsonAsync($"/api/plans/{plan.PlanId}/steps/{callback}/outcome", new System.Text.Json.Nodes.JsonObject { ["outcome"] = "reached" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
