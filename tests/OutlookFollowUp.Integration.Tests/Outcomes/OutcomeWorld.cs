using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Api.Outcomes;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Api;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Integration.Tests.Outcomes;

/// <summary>
/// The API with callback-outcome links switched on, one rep, and plans brought to "the call has happened" the way
/// the sweep leaves them: the callback's event made (done) and its time passed.
/// </summary>
internal sealed class OutcomeWorld : IDisposable
{
    /// <summary>32 random bytes, fixed so a failing test can be replayed; any test key is as good.</summary>
    public const string Key = "q5Pj2Jm0m6gYQm1nS7C1vY0d0b3Jx4m3W0nQmPpH1aE=";

    public const string PublicBaseUrl = "https://func-follow-up.example";

    public static IReadOnlyDictionary<string, string?> LinkSettings { get; } = new Dictionary<string, string?>
    {
        ["Api:OutcomeLinkKey"] = Key,
        ["Api:PublicBaseUrl"] = PublicBaseUrl,
    };

    public OutcomeWorld(AzuriteFixture azurite, bool links = true)
    {
        Factory = new ApiFactory(azurite, links ? LinkSettings : null);
        Client = Factory.ClientFor(TestTokens.Rep(Rep.ObjectId));
    }

    public RepId Rep { get; } = new(TestTokens.TenantId, Guid.NewGuid());

    public ApiFactory Factory { get; }

    public HttpClient Client { get; }

    public IPlanRepository Plans => Factory.Services.GetRequiredService<IPlanRepository>();

    public CallbackOutcomeLinks Links => Factory.Services.GetRequiredService<CallbackOutcomeLinks>();

    /// <summary>Marks a "no" as the add-in does; the plan has a thank-you, follow-ups and a callback, all planned.</summary>
    public Task<PlanResponse> MarkAsync(System.Text.Json.Nodes.JsonObject? mark = null) => Client.MarkAsync(mark ?? ApiTestHelpers.Mark());

    /// <summary>The plan's callback as the sweep leaves it, its time <paramref name="ago"/> (an hour by default) past; returns its number.</summary>
    public async Task<int> CallHappenedAsync(string planId, TimeSpan? ago = null)
    {
        var plan = await StoredAsync(planId);
        var callback = plan.Steps.Single(s => s.Step.Kind == StepKind.Callback);
        var due = DateTimeOffset.UtcNow - (ago ?? TimeSpan.FromHours(1));
        await Plans.SaveAsync(plan with
        {
            Steps = [.. plan.Steps.Select(s => s == callback
                ? s with { Step = s.Step with { Status = StepStatus.Done, DueAt = due }, MailboxItemId = "AAMkADevent=" }
                : s)],
        });
        return callback.Step.Number;
    }

    public async Task<PlanRecord> StoredAsync(string planId) =>
        await Plans.GetAsync(Rep, planId) ?? throw new InvalidOperationException("The plan is not stored.");

    public static int CallbackOf(PlanResponse plan) => plan.Steps.Single(s => s.Kind == StepKind.Callback).Number;

    public Task<HttpResponseMessage> RecordAsync(string planId, int number, string outcome) =>
        Client.PostJsonAsync($"/api/plans/{planId}/steps/{number}/outcome", new System.Text.Json.Nodes.JsonObject { ["outcome"] = outcome });

    /// <summary>The token of the link the callback's event would carry.</summary>
    public string TokenFor(string planId, int number, DateTimeOffset? due = null)
    {
        var link = Links.For(Rep, planId, number, due ?? DateTimeOffset.UtcNow) ?? throw new InvalidOperationException("Links are off.");
        return Token(link);
    }

    public static string Token(Uri link) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query)["t"].ToString();

    /// <summary>Opens the link as a browser (or a mail scanner) does: no token of the rep's, no cookies.</summary>
    public Task<HttpResponseMessage> OpenAsync(string? token) =>
        Factory.CreateClient().GetAsync(token is null ? "/api/callback-outcome" : $"/api/callback-outcome?t={Uri.EscapeDataString(token)}");

    /// <summary>Presses a button on the link's page: the form posts the token and the outcome.</summary>
    public Task<HttpResponseMessage> SubmitAsync(string token, string outcome) =>
        Factory.CreateClient().PostAsync("/api/callback-outcome",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["t"] = token, ["outcome"] = outcome }));

    public static async Task<string> PageAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        await response.ShouldBeAsync(expected);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
