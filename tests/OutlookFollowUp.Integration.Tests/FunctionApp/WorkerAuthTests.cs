using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Integration.Tests.Api;
using OutlookFollowUp.Integration.Tests.Azurite;

namespace OutlookFollowUp.Integration.Tests.FunctionApp;

/// <summary>
/// Authentication in the worker: every HTTP function, called through the Functions app's own middleware, refuses the
/// token cases the dev host's tests use with the same status and problem body as the dev host, lets the right token
/// through to the function, and only the signed-link functions run without a token.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class WorkerAuthTests : IDisposable
{
    private static readonly Guid Ann = Guid.NewGuid();
    private static readonly string[] SignedLinkFunctions = [FunctionNames.ShowCallbackOutcomeLink, FunctionNames.SubmitCallbackOutcomeLink];
    private readonly ApiFactory _devHost;
    private readonly FunctionAppHost _functions;

    public WorkerAuthTests(AzuriteFixture azurite)
    {
        _devHost = new ApiFactory(azurite);
        _functions = FunctionAppHost.Build(azurite.ConfigurationFor(AzuriteFixture.NewTablePrefix()));
    }

    public void Dispose()
    {
        _devHost.Dispose();
        _functions.Dispose();
    }

    public static TheoryData<string> ProtectedFunctions => [.. GeneratedFunctions.Http.Select(f => f.Name).Except(SignedLinkFunctions)];

    /// <summary>Tokens every function refuses, with the status the dev host answers them with.</summary>
    private static IEnumerable<(string Why, string? Token, HttpStatusCode Status)> RefusedEverywhere() =>
        AuthTests.RejectedTokens.Select(row => ((string)row[0], (string)row[1] is { Length: > 0 } t ? t : null, HttpStatusCode.Unauthorized))
            .Append(("no scope", TestTokens.Mint(new TokenSpec(TestTokens.TenantId, Ann, Scope: "User.Read")), HttpStatusCode.Forbidden))
            .Append(("no object id", TestTokens.Mint(new TokenSpec(TestTokens.TenantId, null)), HttpStatusCode.Forbidden));

    [Theory]
    [MemberData(nameof(ProtectedFunctions))]
    public async Task A_function_refuses_what_the_dev_host_refuses_with_the_same_status_and_problem(string name)
    {
        var function = GeneratedFunctions.Named(name);

        foreach (var (why, token, status) in RefusedEverywhere())
        {
            var worker = await SendAsync(function, token, viaDevHost: false);
            var devHost = await SendAsync(function, token, viaDevHost: true);

            Assert.True(worker.StatusCode == status, $"{name}, {why}: {(int)worker.StatusCode}");
            Assert.Equal((devHost.StatusCode, await ProblemOf(devHost)), (worker.StatusCode, await ProblemOf(worker)));
            if (status == HttpStatusCode.Unauthorized)
            {
                Assert.Equal(devHost.Headers.WwwAuthenticate.ToString(), worker.Headers.WwwAuthenticate.ToString());
            }
        }
    }

    [Theory]
    [MemberData(nameof(ProtectedFunctions))]
    public async Task A_rep_without_a_role_gets_what_the_dev_host_gives_and_never_reaches_a_manager_or_admin_function(string name)
    {
        var function = GeneratedFunctions.Named(name);

        var worker = await SendAsync(function, TestTokens.Rep(Ann), viaDevHost: false);
        var devHost = await SendAsync(function, TestTokens.Rep(Ann), viaDevHost: true);

        Assert.Equal((devHost.StatusCode, await ProblemOf(devHost)), (worker.StatusCode, await ProblemOf(worker)));
        if (name == FunctionNames.GetInsights || function.Route!.StartsWith("api/admin/", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Forbidden, worker.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(ProtectedFunctions))]
    public async Task The_right_token_reaches_the_function(string name)
    {
        var function = GeneratedFunctions.Named(name);
        var token = FunctionPolicies.For(name) switch
        {
            Policies.Rep => TestTokens.Rep(Ann),
            Policies.Manager => TestTokens.Mint(new TokenSpec(TestTokens.TenantId, Ann, Roles: ["FollowUp.Manager"])),
            _ => TestTokens.Admin(Ann),
        };

        var worker = await SendAsync(function, token, viaDevHost: false);
        var devHost = await SendAsync(function, token, viaDevHost: true);

        Assert.NotEqual(HttpStatusCode.Unauthorized, worker.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, worker.StatusCode);
        Assert.Equal(devHost.StatusCode, worker.StatusCode);
    }

    [Fact]
    public async Task Only_the_signed_link_functions_run_without_a_token()
    {
        var anonymous = new List<string>();
        foreach (var function in GeneratedFunctions.Http)
        {
            var worker = await SendAsync(function, token: null, viaDevHost: false);
            var devHost = await SendAsync(function, token: null, viaDevHost: true);
            Assert.Equal(devHost.StatusCode, worker.StatusCode);
            if (worker.StatusCode != HttpStatusCode.Unauthorized)
            {
                anonymous.Add(function.Name);
            }
        }

        Assert.Equal(SignedLinkFunctions.Order(), anonymous.Order());
    }

    /// <summary>A request to the function's route (placeholders filled), with an empty JSON body for PUT and POST.</summary>
    private async Task<HttpResponseMessage> SendAsync(GeneratedFunction function, string? token, bool viaDevHost)
    {
        var path = "/" + Placeholder().Replace(function.Route!, m => m.Groups[1].Value == "number" ? "1" : "plan-1");
        var method = new HttpMethod(function.Methods[0]);
        var body = method == HttpMethod.Get ? null : new StringContent("{}", Encoding.UTF8, "application/json");
        if (!viaDevHost)
        {
            return await _functions.SendAsync(method, path, token, body);
        }

        using var request = new HttpRequestMessage(method, path) { Content = body };
        return await _devHost.ClientFor(token).SendAsync(request);
    }

    private static async Task<string?> ProblemOf(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return null;
        }

        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString();
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
