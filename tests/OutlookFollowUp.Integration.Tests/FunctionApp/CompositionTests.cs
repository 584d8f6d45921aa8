using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutlookFollowUp.FunctionApp.Functions;
using OutlookFollowUp.FunctionApp.Http;

namespace OutlookFollowUp.Integration.Tests.FunctionApp;

/// <summary>
/// Program.cs's composition with the settings a deployment has (identity-based storage, Microsoft Graph with the app's
/// federated credential): the container validates every registration and scope on build, the options validate as on
/// start-up, and every function class the metadata names resolves as the worker activates it.
/// </summary>
public sealed class CompositionTests
{
    /// <summary>What the compiled Bicep sets, with this test's values (AppSettingsTests checks the Bicep side).</summary>
    internal static readonly IReadOnlyDictionary<string, string?> DeployedSettings = new Dictionary<string, string?>
    {
        ["Storage:TableServiceUri"] = "https://stfollowup.table.core.windows.net",
        ["Storage:QueueServiceUri"] = "https://stfollowup.queue.core.windows.net",
        ["Storage:ClientId"] = "4d1c2a10-0000-4000-8000-0000000000aa",
        ["Storage:Credential"] = "managedidentity",
        ["Graph:BaseUrl"] = "https://graph.microsoft.com/v1.0",
        ["Graph:TenantId"] = TestTokensTenant,
        ["Graph:ClientId"] = "5e2d3b20-0000-4000-8000-0000000000bb",
        ["Graph:ManagedIdentityClientId"] = "4d1c2a10-0000-4000-8000-0000000000aa",
        ["Queues:Sweep"] = "mailbox-work",
        ["Schedules:Sweep"] = "0 */5 * * * *",
        ["Schedules:Replies"] = "0 2/30 * * * *",
        ["Api:OutcomeLinkKey"] = Outcomes.OutcomeWorld.Key,
        ["Api:PublicBaseUrl"] = "https://func-follow-up.example",
    };

    private const string TestTokensTenant = "7e57a000-0000-4000-8000-000000000001";

    [Fact]
    public void The_production_composition_builds_with_every_registration_and_scope_validated_and_its_options_valid()
    {
        using var app = FunctionAppHost.Build(DeployedSettings);

        // What ValidateOnStart runs when the host starts: a missing or malformed setting fails here, not on the first request.
        app.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Theory]
    [InlineData("Graph:ClientId")]
    [InlineData("Storage:TableServiceUri")]
    public void A_deployment_missing_a_setting_the_app_needs_fails_on_start_naming_it(string setting)
    {
        using var app = FunctionAppHost.Build(DeployedSettings.Where(s => s.Key != setting));

        var error = Assert.ThrowsAny<Exception>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(setting.Split(':')[1], error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_function_class_resolves_from_an_invocation_scope()
    {
        using var app = FunctionAppHost.Build(DeployedSettings);
        using var invocation = app.Services.CreateScope();

        var classes = GeneratedFunctions.All.Select(f => f.Method().DeclaringType!).Distinct().ToList();
        var instances = classes.Where(c => !c.IsAbstract).Select(c => ActivatorUtilities.CreateInstance(invocation.ServiceProvider, c)).ToList();

        // Static classes (the HTTP functions) need no instance; the timer and queue classes take the jobs.
        Assert.Contains(instances, i => i is SweepFunctions);
        Assert.Contains(instances, i => i is ReplyFunctions);
        Assert.Equal(7, classes.Count);
        Assert.NotNull(invocation.ServiceProvider.GetRequiredService<ApiAuthorizationMiddleware>());
    }
}
