using OutlookFollowUp.GraphSandbox.Faults;
using OutlookFollowUp.Mailbox.Requests;
using OutlookFollowUp.Mailbox.Tests.Support;

namespace OutlookFollowUp.Mailbox.Tests;

/// <summary>
/// A step's first attempt has nothing to find, so it goes straight to the write: one Graph request per effect on the
/// happy path. A lost answer, or any later attempt, still looks the item up before writing again.
/// </summary>
public sealed class FirstAttemptTests : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private readonly SandboxFixture fixture;
    private TestGateway harness = null!;

    public FirstAttemptTests(SandboxFixture fixture) => this.fixture = fixture;

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
    public async Task A_first_attempt_follow_up_is_one_POST()
    {
        var rep = TestReps.Add(Sandbox);

        await Gateway.EnsureFollowUpDraftAsync(rep.Id, FollowUp(claimedBefore: false));

        Assert.Equal(["POST /messages"], Calls(rep.Id));
        Assert.Single(Sandbox.Drafts(rep.Id));
    }

    [Fact]
    public async Task A_first_attempt_callback_reads_the_free_slots_and_creates_without_a_look_up()
    {
        var rep = TestReps.Add(Sandbox);
        var calendar = await Gateway.ReadableProfileAsync(rep.Id);
        var before = Calls(rep.Id).Count;

        await Gateway.EnsureCallbackEventAsync(rep.Id, new CallbackEventRequest(TestReps.NewStepKey(), TestReps.NextWednesday(), calendar,
            TimeSpan.FromMinutes(30), TestReps.Content(), "Follow-Up callback", ClaimedBefore: false));

        Assert.Equal(["GET /calendarView", "POST /events"], Calls(rep.Id).Skip(before));
    }

    [Fact]
    public async Task A_first_attempt_thank_you_is_the_reply_and_its_text()
    {
        var rep = TestReps.Add(Sandbox);
        var original = TestReps.AddProspectMessage(Sandbox, rep);

        await Gateway.EnsureThankYouDraftAsync(rep.Id,
            new ThankYouDraftRequest(TestReps.NewStepKey(), original, TestReps.Content(), DateTimeOffset.UtcNow, ClaimedBefore: false));

        Assert.Equal(["POST /createReply", "PATCH /messages/{id}"], Calls(rep.Id));
    }

    [Fact]
    public async Task A_first_attempt_whose_answer_was_lost_looks_the_item_up_before_writing_again()
    {
        var rep = TestReps.Add(Sandbox);
        Sandbox.ScriptFault(new ScriptedFault(FaultKind.DropAfterWrite, "POST", "/messages", rep.Id));

        var item = await Gateway.EnsureFollowUpDraftAsync(rep.Id, FollowUp(claimedBefore: false));

        Assert.Equal(["POST /messages", "GET /messages"], Calls(rep.Id));
        Assert.Equal(item.ImmutableId, Assert.Single(Sandbox.Drafts(rep.Id)).Id);
    }

    [Fact]
    public async Task A_step_claimed_before_looks_its_item_up_first()
    {
        var rep = TestReps.Add(Sandbox);

        await Gateway.EnsureFollowUpDraftAsync(rep.Id, FollowUp(claimedBefore: true));

        Assert.Equal(["GET /messages", "POST /messages"], Calls(rep.Id));
    }

    private static FollowUpDraftRequest FollowUp(bool claimedBefore) =>
        new(TestReps.NewStepKey(), new DraftRecipient("noor@prospect.example"), TestReps.Content(), ClaimedBefore: claimedBefore);

    // Method and the route's last segment (ids collapsed), in the order the sandbox saw them.
    private List<string> Calls(string mailbox) =>
        [.. Sandbox.Requests.Entries.Where(r => r.Mailbox == mailbox && r.Outcome is "handled" or "dropped-after-write")
            .Select(r => $"{r.Method} {Route(r.Path)}")];

    private static string Route(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var users = Array.IndexOf(segments, "users");
        var rest = segments[(users + 2)..];
        return rest switch
        {
            ["messages", _, var action] => "/" + action,
            ["messages", _] => "/messages/{id}",
            [var first, ..] => "/" + first,
            _ => path,
        };
    }
}
