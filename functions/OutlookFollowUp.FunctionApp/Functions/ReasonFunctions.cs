using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OutlookFollowUp.Api;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.FunctionApp.Http;

namespace OutlookFollowUp.FunctionApp.Functions;

public static class ReasonFunctions
{
    [Function(FunctionNames.GetReasons)]
    public static Task GetReasons([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Reasons)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, ReasonsApi.GetReasonsAsync);
}
