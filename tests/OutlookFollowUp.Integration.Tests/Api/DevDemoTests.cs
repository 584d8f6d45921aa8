using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.DevHost.DevIdentity;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage.Content;

namespace OutlookFollowUp.Integration.Tests.Api;

/// <summary>The dev host's demo switches: the clock, the sweep-now endpoint and the demo content library.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DevDemoTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("POST", "/dev/sweep")]
    [InlineData("POST", "/dev/replies")]
    [InlineData("GET", "/dev/clock")]
    [InlineData("POST", "/dev/clock/advance?days=70")]
    public async Task Outside_development_the_demo_switches_do_not_exist(string method, string path)
    {
        using var factory = new ApiFactory(azurite);

        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Advancing_the_dev_clock_moves_the_time_plans_are_built_from()
    {
        using var factory = new ApiFactory(azurite, environment: "Development");
        var client = factory.CreateClient();
        var before = DateTimeOffset.UtcNow;

        await (await client.PostAsync("/dev/clock/advance?days=30", null)).ShouldBeAsync(HttpStatusCode.OK);
        var plan = await client.MarkAsync(ApiTestHelpers.Mark());

        var thankYou = plan.Steps.Single(s => s.Kind == StepKind.ThankYou);
        Assert.InRange(thankYou.DueAt, before.AddDays(30), DateTimeOffset.UtcNow.AddDays(30));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100_000)]
    public async Task The_dev_clock_only_moves_forward_and_not_absurdly_far(int days)
    {
        using var factory = new ApiFactory(azurite, environment: "Development");

        var errors = await (await factory.CreateClient().PostAsync($"/dev/clock/advance?days={days}", null)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["days"], errors.Keys);
    }

    [Fact]
    public async Task In_development_the_dev_tenant_starts_with_a_demo_content_library()
    {
        using var factory = new ApiFactory(azurite, environment: "Development");
        factory.CreateClient();

        var items = await factory.Services.GetRequiredService<IContentLibrary>().ListAsync(DevIdentityHandler.TenantId);

        Assert.NotEmpty(items);
        Assert.Contains(items, i => i.AboutProduct);
        Assert.Contains(items, i => !i.AboutProduct);
    }
}
