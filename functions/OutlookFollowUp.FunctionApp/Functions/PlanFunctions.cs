using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OutlookFollowUp.Api;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.FunctionApp.Http;

namespace OutlookFollowUp.FunctionApp.Functions;

public static class PlanFunctions
{
    [Function(FunctionNames.MarkNo)]
    public static Task MarkNo([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.Plans)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, PlansApi.MarkNoAsync);

    [Function(FunctionNames.ListPlans)]
    public static Task ListPlans([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Plans)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, PlansApi.ListAsync);

    [Function(FunctionNames.GetPlanByConversation)]
    public static Task GetPlanByConversation([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.PlanByConversation)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, PlansApi.GetByConversationAsync);

    [Function(FunctionNames.GetPlan)]
    public static Task GetPlan([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Plan)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, PlansApi.GetAsync);

    [Function(FunctionNames.PausePlan)]
    public static Task PausePlan([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.PausePlan)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, PlansApi.PauseAsync);

    [Function(FunctionNames.ResumePlan)]
    public static Task ResumePlan([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ResumePlan)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, PlansApi.ResumeAsync);

    [Function(FunctionNames.ClosePlan)]
    public static Task ClosePlan([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ClosePlan)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, PlansApi.CloseAsync);
}
