using OutlookFollowUp.GraphSandbox.Faults;
using OutlookFollowUp.GraphSandbox.State;
using OutlookFollowUp.Mailbox.Requests;
using OutlookFollowUp.Mailbox.Tests.Support;

namespace OutlookFollowUp.Mailbox.Tests;

/// <summary>The reply check's view of a thread, through the real Graph SDK against the sandbox: what it reads and what it marks.</summary>
public sealed class ThreadMessageTests : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private static readonly SandboxRecipient Noor = new("noor@prospect.example", "Noor Haddad");
    private readonly SandboxFixture fixture;
    private TestGateway harness = null!;

    public ThreadMessageTests(SandboxFixture fixture) => this.fixture = fixture;

    private GraphSandbox.GraphSandbox Sandbox => fixture.Sandbox;

    private IMailboxGateway Gateway => harness.Gateway;

    public Task InitializeAsync()
    {
        Sandbox.Reset(seedDemo: false);
        harness = TestGateway.Create(fixture.GraphBaseUrl);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Only_mail_received_in_the_thread_after_the_mark_is_read_oldest_first_with_its_headers_and_text()
    {
        var rep = TestReps.Add(Sandbox);
        var markedAt = DateTimeOffset.UtcNow.AddDays(-2);
        var (original, conversation) = Thread(rep, markedAt.AddHours(-1));
        Sandbox.AddReplyToThread(rep.Id, conversation, Noor, "RE: Our tooling review", "<p>Before the mark</p>", receivedAt: markedAt.AddMinutes(-5));
        var human = Sandbox.AddReplyToThread(rep.Id, conversation, Noor, "RE: Our tooling review",
            "<html><head><style>p{color:red}</style></head><body><p>Could we talk &amp; plan?</p><p>Noor</p></body></html>", receivedAt: markedAt.AddHours(3));
        var automatic = Sandbox.AddReplyToThread(rep.Id, conversation, Noor, "Automatic reply: Our tooling review", "<p>Out until Monday</p>",
            [KeyValuePair.Create("Auto-Submitted", "auto-replied"), KeyValuePair.Create("X-Auto-Response-Suppress", "All")], markedAt.AddHours(1));
        Sandbox.AddInboxMessage(rep.Id, Noor, "Another matter", "<p>Other thread</p>", markedAt.AddHours(2));
        await Gateway.EnsureThankYouDraftAsync(rep.Id, new ThankYouDraftRequest(TestReps.NewStepKey(), original, TestReps.Content(), DateTimeOffset.UtcNow));

        var messages = await Gateway.GetThreadMessagesAsync(rep.Id, conversation, markedAt);

        Assert.Equal([automatic, human], messages.Select(m => m.Id));
        Assert.Equal([KeyValuePair.Create("Auto-Submitted", "auto-replied"), KeyValuePair.Create("X-Auto-Response-Suppress", "All")], messages[0].Headers);
        Assert.Equal(("noor@prospect.example", "Noor Haddad", "RE: Our tooling review"), (messages[1].FromAddress, messages[1].FromName, messages[1].Subject));
        Assert.Equal("Could we talk & plan?\nNoor", messages[1].BodyText);
        Assert.Empty(messages[1].Headers);
        Assert.Equal(markedAt.AddHours(3), messages[1].ReceivedAt, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task The_thread_is_read_in_one_Graph_request()
    {
        var rep = TestReps.Add(Sandbox);
        var markedAt = DateTimeOffset.UtcNow.AddHours(-3);
        var (_, conversation) = Thread(rep, markedAt.AddHours(-1));
        for (var i = 1; i <= 12; i++)
        {
            Sandbox.AddReplyToThread(rep.Id, conversation, Noor, $"RE: {i}", "<p>More</p>", receivedAt: markedAt.AddMinutes(i));
        }

        var messages = await Gateway.GetThreadMessagesAsync(rep.Id, conversation, markedAt);

        Assert.Equal(12, messages.Count);
        Assert.Single(Sandbox.Requests.Entries, r => r.Mailbox == rep.Id);
    }

    [Fact]
    public async Task A_conversation_id_with_quotes_and_filter_words_is_matched_literally()
    {
        var rep = TestReps.Add(Sandbox);
        const string Tricky = "AAQkAD'x' or isDraft eq true and conversationId eq 'y";
        var markedAt = DateTimeOffset.UtcNow.AddHours(-3);
        Sandbox.Find(rep.Id)!.AddMessage(new SandboxMessage
        {
            Id = "opening-" + Guid.NewGuid().ToString("N"),
            ConversationId = Tricky,
            CreatedAt = markedAt.AddHours(-1),
            Folder = "inbox",
            Subject = "Our tooling review",
            From = Noor,
        });
        var reply = Sandbox.AddReplyToThread(rep.Id, Tricky, Noor, "RE: Our tooling review", "<p>Yes</p>", receivedAt: markedAt.AddHours(1));
        Thread(rep, markedAt.AddHours(1));

        var messages = await Gateway.GetThreadMessagesAsync(rep.Id, Tricky, markedAt);

        Assert.Equal(reply, Assert.Single(messages).Id);
    }

    [Fact]
    public async Task Flagging_a_reply_sets_the_flag_and_categories_and_doing_it_again_changes_nothing()
    {
        var rep = TestReps.Add(Sandbox);
        var markedAt = DateTimeOffset.UtcNow.AddHours(-3);
        var (_, conversation) = Thread(rep, markedAt.AddHours(-1));
        var reply = Sandbox.AddReplyToThread(rep.Id, conversation, Noor, "RE: Our tooling review", "<p>Call me</p>", receivedAt: markedAt.AddHours(1));
        IReadOnlyList<string> categories = ["Customers", "Follow-Up: replied"];

        await Gateway.FlagReplyAsync(rep.Id, reply, categories);
        await Gateway.FlagReplyAsync(rep.Id, reply, [.. categories, "follow-up: REPLIED"]);

        var flagged = Assert.Single(Sandbox.Messages(rep.Id), m => m.Id == reply);
        Assert.Equal("flagged", flagged.FlagStatus);
        Assert.Equal(categories, flagged.Categories);
        Assert.Equal(categories, Assert.Single(await Gateway.GetThreadMessagesAsync(rep.Id, conversation, markedAt)).Categories);
    }

    [Fact]
    public async Task Flagging_a_reply_the_rep_has_deleted_is_a_permanent_failure()
    {
        var rep = TestReps.Add(Sandbox);

        var error = await Assert.ThrowsAsync<MailboxGatewayException>(() => Gateway.FlagReplyAsync(rep.Id, "AAkALgdeleted", ["Follow-Up: replied"]));

        Assert.Equal((MailboxFailure.Permanent, "ErrorItemNotFound"), (error.Failure, error.GraphCode));
    }

    [Fact]
    public async Task A_throttled_thread_read_waits_out_Retry_After_then_succeeds()
    {
        var rep = TestReps.Add(Sandbox);
        var markedAt = DateTimeOffset.UtcNow.AddHours(-3);
        var (_, conversation) = Thread(rep, markedAt.AddHours(-1));
        var reply = Sandbox.AddReplyToThread(rep.Id, conversation, Noor, "RE: Our tooling review", "<p>Yes</p>", receivedAt: markedAt.AddHours(1));
        Sandbox.SetFaults(new SandboxFaults { RetryAfterSeconds = 1 });
        Sandbox.ScriptFault(new ScriptedFault(FaultKind.Throttle, "GET", "/messages", rep.Id));

        var messages = await Gateway.GetThreadMessagesAsync(rep.Id, conversation, markedAt);

        var attempts = Sandbox.Requests.Entries.Where(r => r.Mailbox == rep.Id).ToList();
        Assert.Equal(["throttled", "handled"], attempts.Select(a => a.Outcome));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(0.9), $"Waited {attempts[1].At - attempts[0].At}, not the 1 s Graph asked for.");
        Assert.Equal(reply, Assert.Single(messages).Id);
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_anything_is_sent_to_Graph()
    {
        var rep = TestReps.Add(Sandbox);

        await Assert.ThrowsAsync<ArgumentException>(() => Gateway.GetThreadMessagesAsync(rep.Id, " ", DateTimeOffset.UtcNow));
        await Assert.ThrowsAsync<ArgumentException>(() => Gateway.FlagReplyAsync(rep.Id, "AAkALgx", ["Customers", " "]));
        await Assert.ThrowsAsync<ArgumentException>(() => Gateway.FlagReplyAsync(rep.Id, "AAkALg\nx", ["Customers"]));

        Assert.DoesNotContain(Sandbox.Requests.Entries, r => r.Mailbox == rep.Id);
    }

    // A prospect's message that opens a thread in the rep's inbox: its id and its conversation.
    private (string MessageId, string ConversationId) Thread(SandboxUser rep, DateTimeOffset receivedAt)
    {
        var id = Sandbox.AddInboxMessage(rep.Id, Noor, "Our tooling review", "<p>Thanks, but the budget is spent.</p>", receivedAt);
        return (id, Sandbox.Messages(rep.Id).Single(m => m.Id == id).ConversationId);
    }
}
