using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Api.Http;
using OutlookFollowUp.Api.Plans;
using OutlookFollowUp.Api.Validation;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Storage.Settings;

namespace OutlookFollowUp.Api;

/// <summary>
/// A rep's plans. Every handler is scoped to the calling rep: a plan id of another rep, or one that is not an id at
/// all, is 404 — the same answer as a plan that does not exist.
/// </summary>
public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").RequireAuthorization(Policies.Rep).WithTags("Plans");

        api.MapPut(Routes.Plans, MarkNoAsync).WithName(FunctionNames.MarkNo);
        api.MapGet(Routes.Plans, ListAsync).WithName(FunctionNames.ListPlans);
        api.MapGet(Routes.PlanByConversation, GetByConversationAsync).WithName(FunctionNames.GetPlanByConversation);
        api.MapGet(Routes.Plan, GetAsync).WithName(FunctionNames.GetPlan);
        api.MapPost(Routes.PausePlan, PauseAsync).WithName(FunctionNames.PausePlan);
        api.MapPost(Routes.ResumePlan, ResumeAsync).WithName(FunctionNames.ResumePlan);
        api.MapPost(Routes.ClosePlan, CloseAsync).WithName(FunctionNames.ClosePlan);

        return app;
    }

    /// <summary>
    /// Marks a thread as a "no". The plan id follows from the conversation, so a repeated request finds the same plan:
    /// unchanged inputs return it as it is, changed ones re-plan it (keeping the steps that already ran). 201 the first
    /// time, 200 after. A closed plan is not reopened (409).
    /// </summary>
    public static async Task<Results<Created<PlanResponse>, Ok<PlanResponse>, ValidationProblem, ProblemHttpResult>> MarkNoAsync(
        JsonBody<MarkNoRequest> body, ClaimsPrincipal user, [AsParameters] PlanServices services, CancellationToken cancellationToken)
    {
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var rep = user.Rep();
        var (catalog, settings) = await services.CatalogAsync(rep.TenantId, cancellationToken);
        var (errors, command) = MarkNoValidator.Validate(body.Value!, catalog, services.Time.GetUtcNow());
        if (command is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var builder = new PlanBuilder(catalog, services.Time);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var existing = await services.Plans.FindByConversationAsync(rep, command.Thread.ConversationId, cancellationToken);
                    if (existing is null)
                    {
                        var context = await ContextAsync(services, rep, command.Mark, command.Calendar, settings.Policy, null, cancellationToken);
                        var fresh = PlanRecord.New(rep, command.Thread, command.Mark, command.Calendar, builder.Build(command.Mark, context), services.Time.GetUtcNow())
                            with { RepName = user.DisplayName() };
                        var created = await services.Plans.SaveAsync(fresh, cancellationToken);
                        return TypedResults.Created($"/{Routes.Prefix}/{Routes.Plans}/{created.PlanId}", Response(created, catalog, services.Time));
                    }

                    if (existing.State == PlanState.Closed)
                    {
                        return Problems.Conflict("This thread's plan is closed; it is not re-planned.");
                    }

                    var sameInputs = MarkComparer.SameInputs(existing.Mark, command.Mark) && MarkComparer.SameCalendar(existing.Calendar, command.Calendar);
                    if (sameInputs && existing.Thread == command.Thread)
                    {
                        return TypedResults.Ok(Response(existing, catalog, services.Time));
                    }

                    var updated = existing with { Thread = command.Thread, RepName = user.DisplayName(), UpdatedAt = services.Time.GetUtcNow() };
                    if (!sameInputs)
                    {
                        var context = await ContextAsync(services, rep, command.Mark, command.Calendar, settings.Policy, existing.PlanId, cancellationToken);
                        var steps = existing.State == PlanState.Paused
                            ? existing.Steps // re-planned on resume; a paused plan's steps stay cancelled meanwhile
                            : Merge(existing.Steps, builder.Replan([.. existing.Steps.Select(s => s.Step)], command.Mark, context));
                        updated = updated with { Mark = command.Mark, Calendar = command.Calendar, Steps = steps };
                    }

                    return TypedResults.Ok(Response(await services.Plans.SaveAsync(updated, cancellationToken), catalog, services.Time));
                }
                catch (ConcurrencyConflictException) when (attempt < 3)
                {
                    // Another request changed or created the plan meanwhile: read it again and re-apply.
                }
            }
        }
        catch (ConcurrencyConflictException)
        {
            return Problems.Conflict("The plan kept changing while it was being saved; try again.");
        }
        catch (UnknownTimeZoneException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["timeZone"] = [Rules.UnknownTimeZone] });
        }
        catch (StorageLimitException e)
        {
            return Problems.StorageLimit(e);
        }
    }

    /// <summary>The rep's plans, <c>pageSize</c> (1–100, default 20) at a time.</summary>
    public static async Task<Results<Ok<PlanPageResponse>, ValidationProblem>> ListAsync(
        string? pageSize, string? continuation, ClaimsPrincipal user, [AsParameters] PlanServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var size = Limits.PageSizeDefault;
        if (pageSize is not null && (!int.TryParse(pageSize, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out size)
            || size is < 1 or > Limits.PageSizeMax))
        {
            errors.Add("pageSize", $"A whole number from 1 to {Limits.PageSizeMax}.");
        }

        Rules.OpaqueId(errors, "continuation", continuation, Limits.ContinuationToken, required: false);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var rep = user.Rep();
        PlanPage page;
        try
        {
            page = await services.Plans.ListAsync(rep, size, continuation, cancellationToken);
        }
        catch (ArgumentException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["continuation"] = ["Not a continuation token from a previous page."] });
        }

        var (catalog, _) = await services.CatalogAsync(rep.TenantId, cancellationToken);
        return TypedResults.Ok(new PlanPageResponse([.. page.Items.Select(p => Response(p, catalog, services.Time))], page.ContinuationToken));
    }

    public static async Task<Results<Ok<PlanResponse>, NotFound>> GetAsync(
        string planId, ClaimsPrincipal user, [AsParameters] PlanServices services, CancellationToken cancellationToken)
    {
        var rep = user.Rep();
        var plan = PlanIds.IsWellFormed(planId) ? await services.Plans.GetAsync(rep, planId, cancellationToken) : null;
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        var (catalog, _) = await services.CatalogAsync(rep.TenantId, cancellationToken);
        return TypedResults.Ok(Response(plan, catalog, services.Time));
    }

    /// <summary>The plan of a thread, by its raw conversation id as a query parameter (ids contain '/', '+', '=').</summary>
    public static async Task<Results<Ok<PlanResponse>, NotFound, ValidationProblem>> GetByConversationAsync(
        string? conversationId, ClaimsPrincipal user, [AsParameters] PlanServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        Rules.OpaqueId(errors, "conversationId", conversationId, Limits.OutlookId);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var rep = user.Rep();
        var plan = await services.Plans.FindByConversationAsync(rep, conversationId!, cancellationToken);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        var (catalog, _) = await services.CatalogAsync(rep.TenantId, cancellationToken);
        return TypedResults.Ok(Response(plan, catalog, services.Time));
    }

    /// <summary>Pauses an active plan: its planned steps are cancelled until it is resumed. Pausing a paused plan is a no-op.</summary>
    public static Task<Results<Ok<PlanResponse>, NotFound, ProblemHttpResult>> PauseAsync(
        string planId, ClaimsPrincipal user, [AsParameters] PlanServices services, CancellationToken cancellationToken) =>
        ChangeAsync(planId, user, services, (plan, _, _) => plan.State switch
        {
            PlanState.Closed => Task.FromResult<PlanRecord?>(null),
            PlanState.Paused => Task.FromResult<PlanRecord?>(plan),
            _ => Task.FromResult<PlanRecord?>(plan.Stopped(PlanState.Paused)),
        }, "A closed plan cannot be paused.", cancellationToken);

    /// <summary>
    /// Resumes a paused plan by re-planning it from now (steps that ran are kept), so nothing that fell due while it
    /// was paused arrives in a burst. Resuming an active plan is a no-op; a closed plan cannot be resumed.
    /// </summary>
    public static Task<Results<Ok<PlanResponse>, NotFound, ProblemHttpResult>> ResumeAsync(
        string planId, ClaimsPrincipal user, [AsParameters] PlanServices services, CancellationToken cancellationToken) =>
        ChangeAsync(planId, user, services, async (plan, catalog, settings) =>
        {
            switch (plan.State)
            {
                case PlanState.Closed:
                    return null;
                case PlanState.Active:
                    return plan;
                default:
                    var context = await ContextAsync(services, plan.Rep, plan.Mark, plan.Calendar, settings.Policy, plan.PlanId, cancellationToken);
                    var steps = new PlanBuilder(catalog, services.Time).Replan([.. plan.Steps.Select(s => s.Step)], plan.Mark, context);
                    return plan with { State = PlanState.Active, Steps = Merge(plan.Steps, steps) };
            }
        }, "A closed plan cannot be resumed.", cancellationToken);

    /// <summary>Closes a plan with an outcome (<c>re-engaged</c>, <c>won</c>, <c>still-no</c>); its planned steps are cancelled. A plan closes once.</summary>
    public static async Task<Results<Ok<PlanResponse>, NotFound, ValidationProblem, ProblemHttpResult>> CloseAsync(
        string planId, JsonBody<ClosePlanRequest> body, ClaimsPrincipal user, [AsParameters] PlanServices services, CancellationToken cancellationToken)
    {
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var errors = new ValidationErrors();
        var outcome = Rules.Enum<PlanOutcome>(errors, "outcome", body.Value!.Outcome);
        if (outcome is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var result = await ChangeAsync(planId, user, services, (plan, _, _) => Task.FromResult(plan.State == PlanState.Closed
            ? null
            : plan.Stopped(PlanState.Closed) with { Outcome = outcome }), "The plan is already closed.", cancellationToken);
        return result.Result switch
        {
            Ok<PlanResponse> ok => ok,
            NotFound notFound => notFound,
            ProblemHttpResult conflict => conflict,
            _ => throw new InvalidOperationException("Unexpected result."),
        };
    }

    /// <summary>
    /// Reads the rep's plan, applies <paramref name="change"/> (null = not allowed in this state → 409; the same
    /// instance = nothing to do) and saves it, re-reading and re-applying when another writer got there first.
    /// </summary>
    private static async Task<Results<Ok<PlanResponse>, NotFound, ProblemHttpResult>> ChangeAsync(
        string planId, ClaimsPrincipal user, PlanServices services,
        Func<PlanRecord, ReasonCatalog, TenantSettings, Task<PlanRecord?>> change, string conflict, CancellationToken cancellationToken)
    {
        if (!PlanIds.IsWellFormed(planId))
        {
            return TypedResults.NotFound();
        }

        var rep = user.Rep();
        var (catalog, settings) = await services.CatalogAsync(rep.TenantId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var plan = await services.Plans.GetAsync(rep, planId, cancellationToken);
            if (plan is null)
            {
                return TypedResults.NotFound();
            }

            var changed = await change(plan, catalog, settings);
            if (changed is null)
            {
                return Problems.Conflict(conflict);
            }

            if (ReferenceEquals(changed, plan))
            {
                return TypedResults.Ok(Response(plan, catalog, services.Time));
            }

            try
            {
                var saved = await services.Plans.SaveAsync(changed with { UpdatedAt = services.Time.GetUtcNow() }, cancellationToken);
                return TypedResults.Ok(Response(saved, catalog, services.Time));
            }
            catch (ConcurrencyConflictException) when (attempt < 3)
            {
            }
            catch (ConcurrencyConflictException)
            {
                return Problems.Conflict("The plan kept changing while it was being saved; try again.");
            }
        }
    }

    private static async Task<PlanningContext> ContextAsync(
        PlanServices services, RepId rep, NoMark mark, RepCalendar calendar, PlanningPolicy policy, string? excludingPlanId, CancellationToken cancellationToken)
    {
        var inputs = await services.Plans.GetPlanningInputsAsync(rep, mark.Prospect.Email, calendar.TimeZoneId, services.Time.GetUtcNow(), excludingPlanId, cancellationToken);
        return inputs.ToContext(calendar, policy);
    }

    /// <summary>The re-planned steps as records: a step that survived keeps what running it left behind.</summary>
    private static StepRecord[] Merge(IReadOnlyList<StepRecord> existing, IReadOnlyList<PlanStep> steps)
    {
        var byNumber = existing.ToDictionary(s => s.Step.Number);
        return [.. steps.Select(step => byNumber.TryGetValue(step.Number, out var record) ? record with { Step = step } : new StepRecord(step))];
    }

    internal static PlanResponse Response(PlanRecord plan, ReasonCatalog catalog, TimeProvider time) =>
        PlanResponse.From(plan, catalog.LabelOf(plan.Mark.ReasonCode), time.GetUtcNow());
}
