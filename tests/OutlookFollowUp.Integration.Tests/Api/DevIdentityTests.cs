using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.DevHost.DevIdentity;
using OutlookFollowUp.Integration.Tests.Azurite;

namespace OutlookFollowUp.Integration.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class DevIdentityTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("Testing")]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void The_development_identity_refuses_to_start_outside_development(string environment)
    {
        using var factory = new ApiFactory(azurite, new Dictionary<string, string?> { ["DevIdentity:Enabled"] = "true" }, environment);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("DevIdentity:Enabled", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_a_request_without_a_token_is_not_signed_in_as_the_dev_rep()
    {
        using var factory = new ApiFactory(azurite);

        var response = await factory.CreateClient().GetAsync("/api/reasons");
        var devMe = await factory.CreateClient().GetAsync("/dev/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, devMe.StatusCode);
    }

    [Fact]
    public async Task In_development_requests_are_signed_in_as_the_dev_rep_or_the_rep_named_by_the_header()
    {
        using var factory = new ApiFactory(azurite, environment: "Development");
        var devRep = factory.CreateClient();
        var alice = factory.CreateClient();
        alice.DefaultRequestHeaders.Add("X-Dev-User", "alice");

        await devRep.MarkAsync(ApiTestHelpers.Mark());

        Assert.Equal(1, await devRep.CountPlansAsync());
        Assert.Equal(0, await alice.CountPlansAsync());
        await (await devRep.GetAsync("/api/admin/reasons")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.ClientFor(TestTokens.Mint(new TokenSpec(TestTokens.TenantId, Guid.NewGuid(), Forged: true))).GetAsync("/api/reasons")).StatusCode);
    }

    [Theory]
    [InlineData(null, "dev-rep@sales.example")]
    [InlineData("ava", "ava.brooks@sales.example")]
    [InlineData("Lukas", "lukas.berger@sales.example")]
    [InlineData("priya.nair", "priya.nair@sales.example")]
    [InlineData("ava.brooks@sales.example", "ava.brooks@sales.example")]
    public async Task In_development_the_dev_reps_are_the_graph_sandboxs_demo_mailboxes(string? header, string userPrincipalName)
    {
        using var factory = new ApiFactory(azurite, environment: "Development");
        var sandboxUser = factory.Services.GetRequiredService<GraphSandbox.GraphSandbox>().Users.Single(u => u.UserPrincipalName == userPrincipalName);
        var client = factory.CreateClient();
        if (header is not null)
        {
            client.DefaultRequestHeaders.Add("X-Dev-User", header);
        }

        var me = await client.GetFromJsonAsync<JsonObject>("/dev/me");

        // The sweep writes into the mailbox named by the rep's object id, so the two must be the same id.
        Assert.Equal(sandboxUser.Id, (string?)me?["objectId"]);
        Assert.Equal(sandboxUser.Id, (string?)me?["mailbox"]?["id"]);
        Assert.Equal("/graph/v1.0", (string?)me?["graph"]);
    }

    [Fact]
    public async Task In_development_a_name_that_is_no_sandbox_rep_keeps_its_hashed_id_and_has_no_mailbox()
    {
        using var factory = new ApiFactory(azurite, environment: "Development");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Dev-User", "alice");

        var me = await client.GetFromJsonAsync<JsonObject>("/dev/me");

        Assert.Equal(DevUsers.HashedObjectId("alice").ToString(), (string?)me?["objectId"]);
        Assert.Null(me?["mailbox"]);
    }
}
