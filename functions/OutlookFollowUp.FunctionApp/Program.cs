using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

namespace OutlookFollowUp.FunctionApp;

// In a namespace, not top-level statements: the tests reference both hosts, and the dev host's Program is global.
internal static class Program
{
    private static void Main(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.AddFollowUpFunctionApp();
        builder.Build().Run();
    }
}
