using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Api.Http;
using OutlookFollowUp.Api.Outcomes;
using OutlookFollowUp.Api.Plans;
using OutlookFollowUp.Api.Validation;
using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Api;

/// <summary>
/// Callback outcomes: once a callback's time has passed, the rep records what happened, from the add-in (a rep's
/// token) or from the link in the callback event (the link's signed token is the credential, so those two routes are
/// anonymous). Opening the link only shows the call: mail scanners fetch links, so GET never changes anything.
/// </summary>
public static class OutcomesApi
{
    private const int MaxFormBytes = 4096;
    private static readonly string[] FormTypes = ["application/x-www-form-urlencoded"];

    public static IEndpointRouteBuilder MapOutcomesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("").WithTags("Outcomes");

        api.MapPost(Routes.StepOutcome, RecordAsync).RequireAuthorization(Policies.Rep).WithName(FunctionNames.RecordStepOutcome);
        api.MapGet(Routes.CallbackOutcomeLink, ShowLinkAsync).AllowAnonymous().WithName(FunctionNames.ShowCallbackOutcomeLink);
        api.MapPost(Routes.CallbackOutcomeLink, SubmitLinkAsync).AllowAnonymous().WithName(FunctionNames.SubmitCallbackOutcomeLink);

        return app;
    }

    /// <summary>
    /// Records a callback's outcome (recording again replaces it). 404 for a plan or step that is not the caller's;
    /// 409 for a step that is not a callback, a call whose time has not come, or a closed plan.
    /// </summary>
    public static async Task<Results<Ok<PlanResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RecordAsync(
        string planId, string number, JsonBody<StepOutcomeRequest> body, ClaimsPrincipal user, [AsParameters] PlanServices services,
        CancellationToken cancellationToken)
    {
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var errors = new ValidationErrors();
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var stepNumber) || stepNumber < 1)
        {
            errors.Add("number", "A step number: a whole number from 1.");
        }

        var outcome = Rules.Enum<CallbackOutcome>(errors, "outcome", body.Value!.Outcome);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var recording = await CallbackOutcomeRecorder.RecordAsync(user.Rep(), planId, stepNumber, outcome!.Value, services, cancellationToken);
        return recording.Refusal switch
        {
            OutcomeRefusal.None => TypedResults.Ok(PlansApi.Response(recording.Plan!, recording.Catalog, services.Time)),
            OutcomeRefusal.NotFound => TypedResults.NotFound(),
            OutcomeRefusal.NotACallback => Problems.Conflict("Only a callback has an outcome."),
            OutcomeRefusal.BeforeTheCall => Problems.Conflict("A call's outcome can be recorded after the call's time, once its event is in the calendar."),
            OutcomeRefusal.PlanClosed => Problems.Conflict("The plan is closed."),
            _ => Problems.Conflict("The plan kept changing while it was being saved; try again."),
        };
    }

    /// <summary>The link's page: the call, and the buttons once its time has passed. Changes nothing.</summary>
    public static async Task<IResult> ShowLinkAsync(
        string? t, CallbackOutcomeLinks links, [AsParameters] PlanServices services, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var (status, claim) = links.Read(t, now);
        if (status != OutcomeLinkStatus.Valid)
        {
            return Refused(status);
        }

        var plan = await services.Plans.GetAsync(claim!.Rep, claim.PlanId, cancellationToken);
        var refusal = CallbackOutcomeRecorder.Check(plan, claim.Number, now);
        if (refusal is OutcomeRefusal.NotFound or OutcomeRefusal.NotACallback)
        {
            return OutcomePages.NotFound();
        }

        var (catalog, _) = await services.CatalogAsync(claim.Rep.TenantId, cancellationToken);
        return OutcomePages.Form(plan!, plan!.Steps.Single(s => s.Step.Number == claim.Number), catalog, t!, refusal);
    }

    /// <summary>The link page's form (<c>t</c> and <c>outcome</c>, form-encoded): records through the same rules as <see cref="RecordAsync"/>.</summary>
    public static async Task<IResult> SubmitLinkAsync(
        HttpRequest request, CallbackOutcomeLinks links, [AsParameters] PlanServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!links.Enabled)
        {
            return Refused(OutcomeLinkStatus.Off);
        }

        var (bytes, _, problem) = await BodyReader.ReadAsync(request, MaxFormBytes, FormTypes);
        if (problem is not null)
        {
            return OutcomePages.Error(problem.StatusCode, "This request could not be read", "Use the buttons on the call's page.");
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(bytes!));
        var (status, claim) = links.Read(form.TryGetValue("t", out var token) ? token.ToString() : null, services.Time.GetUtcNow());
        if (status != OutcomeLinkStatus.Valid)
        {
            return Refused(status);
        }

        if (!form.TryGetValue("outcome", out var chosen) || !ApiJson.TryParse<CallbackOutcome>(chosen.ToString(), out var outcome))
        {
            return OutcomePages.Error(StatusCodes.Status400BadRequest, "Choose an outcome", "Use one of the buttons on the call's page.");
        }

        var recording = await CallbackOutcomeRecorder.RecordAsync(claim!.Rep, claim.PlanId, claim.Number, outcome, services, cancellationToken);
        return recording.Refusal switch
        {
            OutcomeRefusal.None => OutcomePages.Recorded(outcome),
            OutcomeRefusal.NotFound or OutcomeRefusal.NotACallback => OutcomePages.NotFound(),
            OutcomeRefusal.BeforeTheCall => OutcomePages.Error(StatusCodes.Status409Conflict, "Not yet",
                "The call's outcome can be recorded once its time has passed. Open the link again after the call."),
            OutcomeRefusal.PlanClosed => OutcomePages.Error(StatusCodes.Status409Conflict, "This plan is closed", "Nothing more can be recorded for it."),
            _ => OutcomePages.Error(StatusCodes.Status409Conflict, "Please try again", "The plan was changing while this was being saved."),
        };
    }

    private static HtmlPage Refused(OutcomeLinkStatus status) => status switch
    {
        OutcomeLinkStatus.Expired => OutcomePages.ExpiredLink(),
        OutcomeLinkStatus.Invalid => OutcomePages.InvalidLink(),
        _ => OutcomePages.NotFound(),
    };
}
