using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OutlookFollowUp.Api;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.FunctionApp.Http;

namespace OutlookFollowUp.FunctionApp.Functions;

/// <summary>
/// Callback outcomes. The two link functions run without a token (<see cref="FunctionPolicies"/> lists them as
/// anonymous): the link's signed token is their credential, checked by the handler.
/// </summary>
public static class OutcomeFunctions
{
    [Function(FunctionNames.RecordStepOutcome)]
    public static Task RecordStepOutcome([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.StepOutcome)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, OutcomesApi.RecordAsync);

    [Function(FunctionNames.ShowCallbackOutcomeLink)]
    public static Task ShowCallbackOutcomeLink([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.CallbackOutcomeLink)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, OutcomesApi.ShowLinkAsync);

    [Function(FunctionNames.SubmitCallbackOutcomeLink)]
    public static Task SubmitCallbackOutcomeLink([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CallbackOutcomeLink)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, OutcomesApi.SubmitLinkAsync);
}
