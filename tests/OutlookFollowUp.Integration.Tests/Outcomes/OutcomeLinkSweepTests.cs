using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.DevHost.Jobs;
using OutlookFollowUp.Integration.Tests.Api;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Integration.Tests.Sweep;
using OutlookFollowUp.Storage.Plans;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Outcomes;

/// <summary>The link the sweep writes into a callback event, followed from the event's body, records the call's outcome.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class OutcomeLinkSweepTests(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper output)
    : IClassFixture<GraphSandboxHost>, IAsyncLifetime, IDisposable
{
    private readonly SweepHarness _world = new(azurite, graph, output, OutcomeWorld.LinkSettings);

    public Task InitializeAsync() => _world.LoadDefaultContentAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task The_link_in_a_swept_callback_event_opens_the_call_and_records_its_outcome()
    {
        var rep = _world.NewMailbox();
        var plan = await _world.MarkAsync(rep, "dana@contoso.example", [new PlanStep(1, StepKind.Callback, _world.Clock.GetUtcNow().AddMinutes(-5))]);
        await _world.SweepAsync();
        var body = Assert.Single(_world.Sandbox.Events(SweepHarness.MailboxOf(rep))).BodyHtml;
        output.WriteLine(body);

        var link = new Uri(WebUtility.HtmlDecode(Assert.Single(OutcomeHrefs().Matches(body)).Groups[1].Value));
        Assert.Equal(OutcomeWorld.PublicBaseUrl + "/api/callback-outcome", link.GetLeftPart(UriPartial.Path));
        var token = OutcomeWorld.Token(link);

        using var api = ApiSharingTheSweepsTablesAndClock();
        using var browser = api.CreateClient();
        var page = await OutcomeWorld.PageAsync(await browser.GetAsync(link.PathAndQuery), HttpStatusCode.OK);
        Assert.Contains("Dana Prospect", page, StringComparison.Ordinal);
        var recorded = await browser.PostAsync("/api/callback-outcome",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["t"] = token, ["outcome"] = "not-reached" }));

        Assert.Contains("Recorded: <strong>Not reached</strong>", await OutcomeWorld.PageAsync(recorded, HttpStatusCode.OK), StringComparison.Ordinal);
        var stored = await _world.Get<IPlanRepository>().GetAsync(plan.Rep, plan.PlanId);
        Assert.Equal(CallbackOutcome.NotReached, Assert.Single(stored!.Steps).Outcome);
    }

    /// <summary>
    /// The API as deployed next to the sweep: the same tables, key and clock. Its own timer is left out, so only the
    /// test's sweep runs steps.
    /// </summary>
    private WebApplicationFactory<Program> ApiSharingTheSweepsTablesAndClock()
    {
        var settings = new Dictionary<string, string?>(azurite.ConfigurationFor(_world.TablePrefix));
        foreach (var (key, value) in OutcomeWorld.LinkSettings)
        {
            settings[key] = value;
        }

        return new ApiFactory(azurite, settings).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(_world.Clock);
            var timer = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(JobScheduler));
            services.Remove(timer);
        }));
    }

    [GeneratedRegex("href=\"([^\"]*callback-outcome[^\"]*)\"")]
    private static partial Regex OutcomeHrefs();
}
