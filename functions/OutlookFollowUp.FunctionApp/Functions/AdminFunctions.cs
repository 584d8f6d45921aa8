using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using OutlookFollowUp.Api;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.FunctionApp.Http;

namespace OutlookFollowUp.FunctionApp.Functions;

public static class AdminFunctions
{
    [Function(FunctionNames.PutContent)]
    public static Task PutContent([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.AdminContent)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, AdminApi.PutContentAsync);

    [Function(FunctionNames.GetReasonOverrides)]
    public static Task GetReasonOverrides([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.AdminReasons)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, AdminApi.GetReasonOverridesAsync);

    [Function(FunctionNames.PutReasonOverrides)]
    public static Task PutReasonOverrides([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.AdminReasons)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, AdminApi.PutReasonOverridesAsync);

    [Function(FunctionNames.GetTemplates)]
    public static Task GetTemplates([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.AdminTemplates)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, AdminApi.GetTemplatesAsync);

    [Function(FunctionNames.PutTemplates)]
    public static Task PutTemplates([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.AdminTemplates)] HttpRequest request, FunctionContext context) =>
        request.RunAsync(context, AdminApi.PutTemplatesAsync);
}
