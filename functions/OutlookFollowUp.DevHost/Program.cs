using OutlookFollowUp.Api;
using OutlookFollowUp.DevHost.DevDemo;
using OutlookFollowUp.DevHost.DevIdentity;
using OutlookFollowUp.DevHost.Hosting;
using OutlookFollowUp.DevHost.Jobs;
using OutlookFollowUp.GraphSandbox;
using OutlookFollowUp.Jobs;
using OutlookFollowUp.Mailbox;
using OutlookFollowUp.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddDevHostDefaults();
builder.AddDevDemo();
builder.Services.AddFollowUpStorage(builder.Configuration);
builder.Services.AddFollowUpApi(builder.Configuration);
builder.Services.AddGraphSandbox();
builder.Services.AddMailboxGateway(builder.Configuration);
builder.AddDevelopmentIdentity();
builder.Services.AddJobScheduler();
builder.Services.AddFollowUpJobs(builder.Configuration).AddMailboxQueueListener();

var app = builder.Build();

app.UseDevHostPipeline();
app.MapFollowUpApi();
app.MapGraphSandbox(DevHostExtensions.GraphSandboxPrefix);
app.MapDevIdentity();
app.MapDevDemo();
app.MapAddIn();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
