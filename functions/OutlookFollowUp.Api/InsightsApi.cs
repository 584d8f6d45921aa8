using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Api.Plans;
using OutlookFollowUp.Api.Validation;
using OutlookFollowUp.Core.Insights;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Api;

/// <summary>
/// A manager's view of the whole tenant: which reasons and stages the team's "no"s came from, and which of them turned
/// into a conversation. Managers and admins only; figures, never a prospect's name or words.
/// </summary>
public static class InsightsApi
{
    public static IEndpointRouteBuilder MapInsightsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").RequireAuthorization(Policies.Manager).WithTags("Insights");

        api.MapGet(Routes.Insights, GetAsync).WithName(FunctionNames.GetInsights);

        return app;
    }

    /// <summary>The caller's tenant's insights for <c>from</c> to <c>to</c> (yyyy-MM-dd, both included; see <see cref="InsightsRangeValidator"/>).</summary>
    public static async Task<Results<Ok<InsightsResponse>, ValidationProblem>> GetAsync(
        string? from, string? to, ClaimsPrincipal user, ITenantPlans tenantPlans, [AsParameters] PlanServices services, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(services.Time.GetUtcNow().UtcDateTime);
        var (errors, range) = InsightsRangeValidator.Validate(from, to, today);
        if (range is not { } days)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var tenant = user.TenantId();
        var start = new DateTimeOffset(days.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(days.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var facts = new List<PlanFacts>();
        await foreach (var plan in tenantPlans.ListMarkedAsync(tenant, start, end, cancellationToken))
        {
            facts.Add(FactsOf(plan));
        }

        var (catalog, _) = await services.CatalogAsync(tenant, cancellationToken);
        var insights = InsightsCalculator.Compute(facts, days.From, days.To, catalog.LabelOf);
        return TypedResults.Ok(InsightsResponse.Of(insights));
    }

    private static PlanFacts FactsOf(PlanRecord plan) => new(
        plan.Rep.ObjectId,
        plan.RepName,
        plan.Mark.ReasonCode,
        plan.Mark.Stage,
        plan.CreatedAt,
        plan.Mark.Debrief,
        plan.Engagement?.Source == EngagementSource.ProspectReplied,
        plan.Engagement?.Source == EngagementSource.CallbackReopened,
        plan.Engagement?.After,
        plan.Outcome);
}
