using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using OutlookFollowUp.FunctionApp;

var builder = FunctionsApplication.CreateBuilder(args);
builder.AddFollowUpFunctionApp();
builder.Build().Run();
