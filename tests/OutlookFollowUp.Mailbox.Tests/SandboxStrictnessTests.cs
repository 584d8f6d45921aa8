using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OutlookFollowUp.GraphSandbox.Faults;
using OutlookFollowUp.GraphSandbox.State;
using OutlookFollowUp.Mailbox.Tests.Support;

namespace OutlookFollowUp.Mailbox.Tests;

/// <summary>
/// The sandbox refuses what Graph refuses, over raw HTTP so nothing in our gateway smooths it over. Each rule cites the
/// Graph page it follows.
/// </summary>
public sealed class SandboxStrictnessTests : IClassFixture<SandboxFixture>, IAsyncLifetime, IDisposable
{
    private const string Guid = "6f1d2c3b-8a4e-4b7f-9e21-5c0d7a9b3e64";
    private readonly SandboxFixture fixture;
    private readonly HttpClient http;
    private SandboxUser rep = null!;

    public SandboxStrictnessTests(SandboxFixture fixture)
    {
        this.fixture = fixture;
        http = new HttpClient { BaseAddress = new Uri(fixture.GraphBaseUrl.ToString().TrimEnd('/') + "/") };
    }

    private GraphSandbox.GraphSandbox Sandbox => fixture.Sandbox;

    public Task InitializeAsync()
    {
        Sandbox.Reset(seedDemo: false);
        rep = TestReps.Add(Sandbox, "Asia/Kolkata");
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => http.Dispose();

    // "dateTimeTimeZone resource type": Windows names, and a listed few others (Asia/Calcutta, not Asia/Kolkata).
    [Theory]
    [InlineData("India Standard Time", HttpStatusCode.Created)]
    [InlineData("Asia/Calcutta", HttpStatusCode.Created)]
    [InlineData("UTC", HttpStatusCode.Created)]
    [InlineData("Asia/Kolkata", HttpStatusCode.BadRequest)]
    [InlineData("Europe/Amsterdam", HttpStatusCode.BadRequest)]
    [InlineData("GMT+5:30", HttpStatusCode.BadRequest)]
    public async Task An_event_is_taken_only_in_a_time_zone_Graph_names(string zone, HttpStatusCode expected)
    {
        var response = await http.PostAsJsonAsync($"users/{rep.Id}/events", Event(zone));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Equal("TimeZoneNotSupportedException", await ErrorCodeAsync(response));
        }
    }

    // "Get mailboxSettings": Outlook reports the mailbox's zone by its Windows name.
    [Fact]
    public async Task Mailbox_settings_name_the_zone_the_Windows_way()
    {
        var settings = await http.GetFromJsonAsync<JsonObject>($"users/{rep.Id}/mailboxSettings");

        Assert.Equal("India Standard Time", (string?)settings!["timeZone"]);
        Assert.Equal("India Standard Time", (string?)settings["workingHours"]!["timeZone"]!["name"]);
    }

    // "Outlook extended properties overview": {type} {guid} Name {name}, {type} {guid} Id {hex}, or {type} {proptag}.
    [Theory]
    [InlineData($"String {{{Guid}}} Name FollowUpStepKey", HttpStatusCode.Created)]
    [InlineData($"Integer {{{Guid}}} Id 0x8233", HttpStatusCode.Created)]
    [InlineData("String 0x4001", HttpStatusCode.Created)]
    [InlineData("FollowUpStepKey", HttpStatusCode.BadRequest)]
    [InlineData($"String {Guid} Name FollowUpStepKey", HttpStatusCode.BadRequest)]
    [InlineData($"Text {{{Guid}}} Name FollowUpStepKey", HttpStatusCode.BadRequest)]
    [InlineData($"String {{{Guid}}} FollowUpStepKey", HttpStatusCode.BadRequest)]
    public async Task An_extended_property_id_is_taken_only_in_Graphs_formats(string id, HttpStatusCode expected)
    {
        var draft = new JsonObject
        {
            ["subject"] = "Draft",
            ["singleValueExtendedProperties"] = new JsonArray(new JsonObject { ["id"] = id, ["value"] = "k" }),
        };

        var response = await http.PostAsJsonAsync($"users/{rep.Id}/messages", draft);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Created ? 1 : 0, Sandbox.Counters.DraftsCreated);
    }

    // "message resource type": internetMessageHeaders and uniqueBody come back only when $select names them, and
    // $select returns only what it names (with the id).
    [Fact]
    public async Task A_message_carries_only_what_select_asks_for_and_headers_only_when_asked()
    {
        var id = Sandbox.AddInboxMessage(rep.Id, new SandboxRecipient("noor@prospect.example"), "Hello", "<p>Hi</p>");
        var conversation = Sandbox.Messages(rep.Id).Single(m => m.Id == id).ConversationId;
        Sandbox.AddReplyToThread(rep.Id, conversation, new SandboxRecipient("noor@prospect.example"), "RE: Hello", "<p>Yes</p>",
            [KeyValuePair.Create("Auto-Submitted", "no")]);
        var reply = Sandbox.Messages(rep.Id).First(m => m.ConversationId == conversation && m.Id != id).Id;

        var plain = await http.GetFromJsonAsync<JsonObject>($"users/{rep.Id}/messages/{reply}");
        var selected = await http.GetFromJsonAsync<JsonObject>($"users/{rep.Id}/messages/{reply}?$select=subject,internetMessageHeaders");

        Assert.False(plain!.ContainsKey("internetMessageHeaders"));
        Assert.False(plain.ContainsKey("uniqueBody"));
        Assert.True(plain.ContainsKey("body"));
        Assert.Equal(["id", "internetMessageHeaders", "subject"], selected!.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    // "List messages": sorting a filtered list needs the sort property first in the filter, else 400 InefficientFilter.
    [Theory]
    [InlineData("conversationId eq 'c'", "receivedDateTime", HttpStatusCode.BadRequest)]
    [InlineData("receivedDateTime ge 2026-01-01T00:00:00Z and conversationId eq 'c'", "receivedDateTime", HttpStatusCode.OK)]
    [InlineData("conversationId eq 'c'", null, HttpStatusCode.OK)]
    public async Task A_filtered_list_is_sorted_only_by_the_filters_first_property(string filter, string? orderBy, HttpStatusCode expected)
    {
        var query = $"users/{rep.Id}/messages?$filter={Uri.EscapeDataString(filter)}" + (orderBy is null ? "" : $"&$orderby={orderBy}");

        var response = await http.GetAsync(query);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Equal("InefficientFilter", await ErrorCodeAsync(response));
        }
    }

    // "Obtain immutable identifiers for Outlook resources": without Prefer IdType="ImmutableId" Graph returns regular
    // ids, which change when the message moves to another folder; the immutable id does not.
    [Fact]
    public async Task A_regular_id_dies_when_the_message_is_filed_and_the_immutable_id_does_not()
    {
        var id = Sandbox.AddInboxMessage(rep.Id, new SandboxRecipient("noor@prospect.example"), "Hello", "<p>Hi</p>");
        var regular = (string?)(await http.GetFromJsonAsync<JsonObject>($"users/{rep.Id}/messages/{id}"))!["id"];
        using var immutableRequest = new HttpRequestMessage(HttpMethod.Get, $"users/{rep.Id}/messages/{id}");
        immutableRequest.Headers.TryAddWithoutValidation("Prefer", "IdType=\"ImmutableId\"");
        var immutable = (string?)(await (await http.SendAsync(immutableRequest)).Content.ReadFromJsonAsync<JsonObject>())!["id"];

        Sandbox.MoveMessage(rep.Id, id, "archive");

        Assert.NotEqual(regular, immutable);
        Assert.Equal(id, immutable);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"users/{rep.Id}/messages/{regular}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"users/{rep.Id}/messages/{immutable}")).StatusCode);
    }

    // "Microsoft Graph service-specific throttling limits", Outlook service: 10,000 requests per 10 minutes per app
    // per mailbox (here lowered to 3 so the test stays short), then 429 with a Retry-After; other mailboxes carry on.
    [Fact]
    public async Task A_mailbox_over_its_request_budget_is_throttled_until_the_window_moves_on()
    {
        var other = TestReps.Add(Sandbox);
        Sandbox.SetFaults(new SandboxFaults { MailboxRequestsPerTenMinutes = 3 });

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await http.GetAsync($"users/{rep.Id}/mailboxSettings"));
        }

        var otherMailbox = await http.GetAsync($"users/{other.Id}/mailboxSettings");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.Equal("ApplicationThrottled", await ErrorCodeAsync(answers[3]));
        Assert.InRange(answers[3].Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, otherMailbox.StatusCode);
        Assert.Equal(1, Sandbox.Counters.RequestBudgetThrottles);
    }

    // "event resource type": transactionId keeps a retried create from making a second event, but the page does not
    // say for how long; once the sandbox has forgotten it, the same POST makes a second event.
    [Fact]
    public async Task A_transactionId_protects_a_retried_create_only_while_it_is_remembered()
    {
        var create = Event("UTC");
        create["transactionId"] = System.Guid.NewGuid().ToString();

        await http.PostAsJsonAsync($"users/{rep.Id}/events", create);
        await http.PostAsJsonAsync($"users/{rep.Id}/events", create);
        Sandbox.SetFaults(new SandboxFaults { TransactionIdMemory = TimeSpan.Zero });
        await http.PostAsJsonAsync($"users/{rep.Id}/events", create);

        Assert.Equal(2, Sandbox.Events(rep.Id).Count);
        Assert.Equal(1, Sandbox.Counters.TransactionIdReplays);
    }

    // "message: createReply": the draft's text comes from a comment or from the message's body, not both.
    [Theory]
    [InlineData(true, false, HttpStatusCode.Created)]
    [InlineData(false, true, HttpStatusCode.Created)]
    [InlineData(true, true, HttpStatusCode.BadRequest)]
    public async Task A_reply_draft_takes_a_comment_or_a_body_never_both(bool comment, bool messageBody, HttpStatusCode expected)
    {
        var id = Sandbox.AddInboxMessage(rep.Id, new SandboxRecipient("noor@prospect.example"), "Hello", "<p>Hi</p>");
        var request = new JsonObject();
        if (comment)
        {
            request["comment"] = "Thanks";
        }

        if (messageBody)
        {
            request["message"] = new JsonObject { ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<p>Thanks</p>" } };
        }

        var response = await http.PostAsJsonAsync($"users/{rep.Id}/messages/{id}/createReply", request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Created ? 1 : 0, Sandbox.Counters.RepliesCreated);
    }

    private static JsonObject Event(string zone) => new()
    {
        ["subject"] = "Call",
        ["start"] = new JsonObject { ["dateTime"] = "2027-03-03T10:00:00", ["timeZone"] = zone },
        ["end"] = new JsonObject { ["dateTime"] = "2027-03-03T10:30:00", ["timeZone"] = zone },
    };

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString();
}
