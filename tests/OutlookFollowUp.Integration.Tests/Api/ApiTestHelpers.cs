using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Api.Http;

namespace OutlookFollowUp.Integration.Tests.Api;

/// <summary>Requests and payloads the API tests share.</summary>
internal static class ApiTestHelpers
{
    public static HttpClient ClientFor(this ApiFactory factory, string? token)
    {
        var client = factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A valid mark of a "no" on <paramref name="conversationId"/>, as the add-in sends it.</summary>
    public static JsonObject Mark(string conversationId = "AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAGBl", string reason = "price") => new()
    {
        ["conversationId"] = conversationId,
        ["itemId"] = "AAMkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgBGAAAD",
        ["internetMessageId"] = "<CA+abc123@mail.example.com>",
        ["subject"] = "Re: Our proposal",
        ["prospect"] = new JsonObject { ["email"] = "ann.smith@contoso.example", ["name"] = "Ann Smith", ["company"] = "Contoso" },
        ["reason"] = reason,
        ["stage"] = "proposal",
        ["prospectWords"] = "It's more than we can spend this year.",
        ["tags"] = new JsonObject
        {
            ["goals"] = new JsonArray("grow recurring revenue", "enter the Nordics"),
            ["challenges"] = new JsonArray("churn"),
            ["interests"] = new JsonArray("sailing"),
        },
        ["callbackAgreed"] = true,
        ["thankYou"] = true,
        ["timeZone"] = "Europe/Paris",
    };

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, JsonNode body) =>
        client.PutAsync(url, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, JsonNode body) =>
        client.PostAsync(url, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    public static async Task<PlanResponse> MarkAsync(this HttpClient client, JsonObject mark, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await client.PutJsonAsync("/api/plans", mark);
        await response.ShouldBeAsync(expected);
        return (await response.Content.ReadFromJsonAsync<PlanResponse>(ApiJson.Options))!;
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options))!;

    public static async Task ShouldBeAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            Assert.Fail($"Expected {(int)expected} {expected}, got {(int)response.StatusCode} {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Asserts a problem response and returns its validation errors (empty for non-validation problems).</summary>
    public static async Task<Dictionary<string, string[]>> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        await response.ShouldBeAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)expected, json.RootElement.GetProperty("status").GetInt32());
        return json.RootElement.TryGetProperty("errors", out var errors)
            ? errors.Deserialize<Dictionary<string, string[]>>()!
            : [];
    }

    public static async Task<int> CountPlansAsync(this HttpClient client)
    {
        var response = await client.GetAsync("/api/plans?pageSize=100");
        await response.ShouldBeAsync(HttpStatusCode.OK);
        return (await response.ReadAsync<PlanPageResponse>()).Items.Count;
    }
}
