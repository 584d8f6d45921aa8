using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OutlookFollowUp.GraphSandbox.State;
using OutlookFollowUp.Mailbox.Tests.Support;

namespace OutlookFollowUp.Mailbox.Tests;

/// <summary>
/// The sandbox playing a prospect who answers, over HTTP as the sandbox page and the add-in's try-out page use it,
/// and what the gateway's reply check then reads.
/// </summary>
public sealed class ProspectReplyTests : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private static readonly SandboxRecipient Noor = new("noor@prospect.example", "Noor Haddad");
    private readonly SandboxFixture fixture;
    private TestGateway harness = null!;

    public ProspectReplyTests(SandboxFixture fixture) => this.fixture = fixture;

    private GraphSandbox.GraphSandbox Sandbox => fixture.Sandbox;

    public Task InitializeAsync()
    {
        Sandbox.Reset(seedDemo: false);
        harness = TestGateway.Create(fixture.GraphBaseUrl);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task A_prospects_reply_lands_in_the_thread_from_the_prospect_with_their_words_encoded()
    {
        var rep = TestReps.Add(Sandbox);
        var (_, conversation) = Thread(rep);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var response = await PostAsync(rep.Id, new { conversationId = conversation, automatic = false, text = "Let's talk <b>Tuesday</b>.\nNoor" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        Assert.Equal(conversation, created.GetProperty("conversationId").GetString());
        var reply = Assert.Single(Sandbox.Messages(rep.Id), m => m.Id == id);
        Assert.Equal((Noor, "RE: Our tooling review", "inbox", false), (reply.From, reply.Subject, reply.Folder, reply.IsDraft));
        Assert.Equal("<p>Let&#39;s talk &lt;b&gt;Tuesday&lt;/b&gt;.</p><p>Noor</p>", reply.BodyHtml);
        var read = Assert.Single(await harness.Gateway.GetThreadMessagesAsync(rep.Id, conversation, before));
        Assert.Equal((id, "Let's talk <b>Tuesday</b>.\nNoor"), (read.Id, read.BodyText));
        // A person's mail from Outlook: threaded on the prospect's message, and nothing that says "automatic".
        Assert.Contains(read.Headers, h => h.Key == "In-Reply-To" && h.Value.EndsWith("@sandbox.example>", StringComparison.Ordinal));
        Assert.DoesNotContain(read.Headers, h => h.Key is "Auto-Submitted" or "X-Auto-Response-Suppress" or "Precedence");
    }

    [Fact]
    public async Task An_out_of_office_carries_the_automatic_reply_headers_and_says_when_the_prospect_is_back()
    {
        var rep = TestReps.Add(Sandbox);
        var (_, conversation) = Thread(rep);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var returnOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);

        var response = await PostAsync(rep.Id, new { conversationId = conversation, automatic = true, returnOn });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var read = Assert.Single(await harness.Gateway.GetThreadMessagesAsync(rep.Id, conversation, before));
        Assert.Equal(("noor@prospect.example", "Automatic reply: Our tooling review"), (read.FromAddress, read.Subject));
        Assert.Contains(KeyValuePair.Create("Auto-Submitted", "auto-generated"), read.Headers);
        Assert.Contains(KeyValuePair.Create("X-Auto-Response-Suppress", "All"), read.Headers);
        Assert.Contains($"will be back on {returnOn.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}", read.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_prospect_is_whoever_opened_the_thread_even_after_others_wrote_in_it()
    {
        var rep = TestReps.Add(Sandbox);
        var (_, conversation) = Thread(rep);
        Sandbox.AddReplyToThread(rep.Id, conversation, new SandboxRecipient("assistant@prospect.example", "Sam Assistant"), "RE: Our tooling review", "<p>cc</p>");

        var id = Sandbox.SimulateProspectReply(rep.Id, conversation, automatic: false);

        var reply = Assert.Single(Sandbox.Messages(rep.Id), m => m.Id == id);
        Assert.Equal(Noor, reply.From);
        Assert.Contains("could we talk next week after all?", reply.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_requests_are_refused_with_the_field_at_fault_and_add_nothing()
    {
        var rep = TestReps.Add(Sandbox);
        var (_, conversation) = Thread(rep);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var noConversation = await PostAsync(rep.Id, new { automatic = false });
        var textOnAutomatic = await PostAsync(rep.Id, new { conversationId = conversation, automatic = true, text = "hi" });
        var tooLong = await PostAsync(rep.Id, new { conversationId = conversation, text = new string('x', 2001) });
        var pastReturn = await PostAsync(rep.Id, new { conversationId = conversation, automatic = true, returnOn = today });
        var unknownMailbox = await PostAsync("nobody@sales.example", new { conversationId = conversation });
        var unknownConversation = await PostAsync(rep.Id, new { conversationId = "AAQkADnothing" });

        Assert.Equal("conversationId", await ProblemFieldAsync(noConversation));
        Assert.Equal("text", await ProblemFieldAsync(textOnAutomatic));
        Assert.Equal("text", await ProblemFieldAsync(tooLong));
        Assert.Equal("returnOn", await ProblemFieldAsync(pastReturn));
        Assert.Equal(HttpStatusCode.NotFound, unknownMailbox.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownConversation.StatusCode);
        Assert.Single(Sandbox.Messages(rep.Id));
    }

    [Fact]
    public async Task The_page_lists_each_inbox_encoded_with_reply_buttons_for_the_prospects_thread()
    {
        var rep = TestReps.Add(Sandbox);
        var opening = Sandbox.AddInboxMessage(rep.Id, new SandboxRecipient("x@prospect.example", "<img src=x onerror=alert(1)>"), "Re: <b>Quote</b>", "<p>No</p>");
        var conversation = Sandbox.Messages(rep.Id).Single(m => m.Id == opening).ConversationId;
        Sandbox.SimulateProspectReply(rep.Id, conversation, automatic: true);

        using var http = Http();
        var page = await http.GetStringAsync(new Uri("/sandbox", UriKind.Relative));

        Assert.Contains("<h3>Inbox</h3>", page, StringComparison.Ordinal);
        Assert.Contains("Re: &lt;b&gt;Quote&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("Automatic reply: Re: &lt;b&gt;Quote&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
        Assert.Contains($"data-reply=\"automatic\" data-user=\"{rep.Id}\" data-conversation=\"{conversation}\"", page, StringComparison.Ordinal);
        Assert.Contains("data-mailboxes=\"/sandbox/mailboxes\"", page, StringComparison.Ordinal);
        Assert.Single(page.Split("data-reply=\"human\"").Skip(1));
    }

    private async Task<HttpResponseMessage> PostAsync(string user, object body)
    {
        using var http = Http();
        return await http.PostAsJsonAsync(new Uri($"/sandbox/mailboxes/{Uri.EscapeDataString(user)}/prospect-reply", UriKind.Relative), body);
    }

    private HttpClient Http() => new() { BaseAddress = new Uri(fixture.GraphBaseUrl, "/") };

    private static async Task<string> ProblemFieldAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return Assert.Single(problem.GetProperty("errors").EnumerateObject()).Name;
    }

    private (string MessageId, string ConversationId) Thread(SandboxUser rep)
    {
        var id = Sandbox.AddInboxMessage(rep.Id, Noor, "Our tooling review", "<p>Thanks, but the budget is spent.</p>", DateTimeOffset.UtcNow.AddDays(-1));
        return (id, Sandbox.Messages(rep.Id).Single(m => m.Id == id).ConversationId);
    }
}
