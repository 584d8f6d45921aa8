using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OutlookFollowUp.Api;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.FunctionApp.Http;

namespace OutlookFollowUp.FunctionApp.Functions;

public static class InsightsFunctions
{
    [Function(FunctionNames.GetInsights)]
    public static Task GetInsights([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Insights)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, InsightsApi.GetAsync);
}
