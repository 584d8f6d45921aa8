using System.Net;
using System.Text.Json.Nodes;
using OutlookFollowUp.Integration.Tests.Azurite;

namespace OutlookFollowUp.Integration.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class AuthTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly Guid Ann = Guid.NewGuid();
    private static readonly Guid Bob = Guid.NewGuid();
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string, string> RejectedTokens => new()
    {
        { "no token", "" },
        { "forged signature", TestTokens.Mint(new TokenSpec(TestTokens.TenantId, Ann, Forged: true)) },
        { "expired", TestTokens.Mint(new TokenSpec(TestTokens.TenantId, Ann, Now: DateTimeOffset.UtcNow.AddHours(-3))) },
        { "wrong audience", TestTokens.Mint(new TokenSpec(TestTokens.TenantId, Ann, Audience: "api://someone-else")) },
        { "another tenant", TestTokens.Mint(new TokenSpec(TestTokens.OtherTenantId, Ann)) },
        { "issuer of another tenant", TestTokens.Mint(new TokenSpec(TestTokens.TenantId, Ann, Issuer: TestTokens.IssuerFor(TestTokens.OtherTenantId))) },
        { "issuer that is not Entra", TestTokens.Mint(new TokenSpec(TestTokens.TenantId, Ann, Issuer: "https://login.example.com/" + TestTokens.TenantId + "/v2.0")) },
        { "not a token", "not.a.token" },
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task Requests_with_an_invalid_token_get_401(string why, string token)
    {
        var client = _factory.ClientFor(token.Length == 0 ? null : token);

        var mark = await client.PutJsonAsync("/api/plans", ApiTestHelpers.Mark());
        var reasons = await client.GetAsync("/api/reasons");

        Assert.True(mark.StatusCode == HttpStatusCode.Unauthorized, why);
        await reasons.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(0, await _factory.ClientFor(TestTokens.Rep(Ann)).CountPlansAsync());
    }

    [Fact]
    public async Task A_token_without_the_api_scope_gets_403()
    {
        var client = _factory.ClientFor(TestTokens.Mint(new TokenSpec(TestTokens.TenantId, Ann, Scope: "User.Read")));

        var response = await client.PutJsonAsync("/api/plans", ApiTestHelpers.Mark());

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_token_without_a_user_object_id_gets_403()
    {
        var client = _factory.ClientFor(TestTokens.Mint(new TokenSpec(TestTokens.TenantId, null)));

        var response = await client.GetAsync("/api/plans");

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_reps_plan_is_404_to_read_pause_resume_and_close()
    {
        var ann = _factory.ClientFor(TestTokens.Rep(Ann));
        var bob = _factory.ClientFor(TestTokens.Rep(Bob));
        var plan = await ann.MarkAsync(ApiTestHelpers.Mark());

        await (await bob.GetAsync($"/api/plans/{plan.PlanId}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await bob.GetAsync($"/api/plans/by-conversation?conversationId={Uri.EscapeDataString(plan.ConversationId)}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await bob.PostAsync($"/api/plans/{plan.PlanId}/pause", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await bob.PostAsync($"/api/plans/{plan.PlanId}/resume", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await bob.PostJsonAsync($"/api/plans/{plan.PlanId}/close", new JsonObject { ["outcome"] = "won" })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await bob.CountPlansAsync());

        var unchanged = await (await ann.GetAsync($"/api/plans/{plan.PlanId}")).ReadAsync<OutlookFollowUp.Api.Contracts.PlanResponse>();
        Assert.Equal(OutlookFollowUp.Storage.Plans.PlanState.Active, unchanged.State);
    }

    [Fact]
    public async Task Marking_the_same_thread_as_another_rep_makes_that_reps_own_plan()
    {
        var ann = _factory.ClientFor(TestTokens.Rep(Ann));
        var bob = _factory.ClientFor(TestTokens.Rep(Bob));
        await ann.MarkAsync(ApiTestHelpers.Mark());

        await bob.MarkAsync(ApiTestHelpers.Mark(), HttpStatusCode.Created);

        Assert.Equal(1, await ann.CountPlansAsync());
        Assert.Equal(1, await bob.CountPlansAsync());
    }

    [Theory]
    [InlineData("' or PartitionKey ne '")]
    [InlineData("00000000000000000000000000000000' or '1' eq '1")]
    [InlineData("..%2F..%2Fplans")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("0123456789abcdef0123456789abcdef0")]
    public async Task Filter_injection_in_a_plan_id_finds_nothing(string planId)
    {
        var ann = _factory.ClientFor(TestTokens.Rep(Ann));
        var bob = _factory.ClientFor(TestTokens.Rep(Bob));
        await ann.MarkAsync(ApiTestHelpers.Mark());

        var response = await bob.GetAsync($"/api/plans/{Uri.EscapeDataString(planId)}");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.DoesNotContain("ann.smith", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("' or ConversationId ne '")]
    [InlineData("x' or PartitionKey gt '")]
    [InlineData("AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAGBl' or '1' eq '1")]
    public async Task Filter_injection_in_a_conversation_id_finds_nothing(string conversationId)
    {
        var ann = _factory.ClientFor(TestTokens.Rep(Ann));
        var bob = _factory.ClientFor(TestTokens.Rep(Bob));
        await ann.MarkAsync(ApiTestHelpers.Mark());

        var response = await bob.GetAsync($"/api/plans/by-conversation?conversationId={Uri.EscapeDataString(conversationId)}");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.DoesNotContain("ann.smith", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/admin/reasons")]
    [InlineData("PUT", "/api/admin/reasons")]
    [InlineData("GET", "/api/admin/templates")]
    [InlineData("PUT", "/api/admin/templates")]
    [InlineData("PUT", "/api/admin/content")]
    public async Task Admin_routes_without_the_admin_role_get_403(string method, string path)
    {
        var client = _factory.ClientFor(TestTokens.Rep(Ann));
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "PUT")
        {
            request.Content = new StringContent("[]", System.Text.Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request);

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }
}
