using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OutlookFollowUp.Api;
using OutlookFollowUp.FunctionApp.Http;
using OutlookFollowUp.Jobs;
using OutlookFollowUp.Mailbox;
using OutlookFollowUp.Storage;

namespace OutlookFollowUp.FunctionApp;

/// <summary>The Functions app's wiring, apart from Program.cs so the tests build exactly this composition.</summary>
public static class FunctionAppExtensions
{
    public static FunctionsApplicationBuilder AddFollowUpFunctionApp(this FunctionsApplicationBuilder builder)
    {
        // ASP.NET Core integration: triggers receive HttpRequest, and the shared handlers write to the HttpContext.
        builder.ConfigureFunctionsWebApplication();

        // Registered after the ASP.NET Core integration, so the HttpContext is there when it runs.
        builder.UseMiddleware<ApiAuthorizationMiddleware>();

        builder.Services
            .AddApplicationInsightsTelemetryWorkerService()
            .ConfigureFunctionsApplicationInsights();
        builder.Services.AddFollowUpStorage(builder.Configuration);
        builder.Services.AddFollowUpApi(builder.Configuration);
        builder.Services.AddMailboxGateway(builder.Configuration);
        builder.Services.AddFollowUpJobs(builder.Configuration);
        return builder;
    }
}
