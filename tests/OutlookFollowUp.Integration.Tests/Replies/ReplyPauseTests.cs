using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Integration.Tests.Sweep;
using OutlookFollowUp.Jobs.Replies;
using OutlookFollowUp.Mailbox.Requests;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Replies;

/// <summary>
/// The prospect's side writes back in the marked thread: the reply check, through the real Graph SDK, pauses the plan
/// and flags the reply; anyone else's message, and the rep's own, leave the plan running untouched.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReplyPauseTests(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper output)
    : IClassFixture<GraphSandboxHost>, IAsyncLifetime, IDisposable
{
    private readonly SweepHarness _world = new(azurite, graph, output);

    public Task InitializeAsync() => _world.LoadDefaultContentAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task A_conversation_the_add_in_reported_in_another_form_is_found_by_the_name_Graph_gives_it_learnt_once()
    {
        var rep = _world.NewMailbox();
        // An Outlook client that reports the conversation's id in another encoding than Graph filters by.
        var plan = await _world.MarkAsync(rep, ReplyWorld.Prospect, _world.TypicalSteps(), reportedConversationId: id => "EWS:" + id);
        _world.Clock.Advance(TimeSpan.FromMinutes(10));
        var graphConversation = _world.Sandbox.Messages(SweepHarness.MailboxOf(rep)).Single(m => m.Id == plan.Thread.ItemId).ConversationId;

        var quiet = await _world.CheckRepliesAsync();
        _world.Sandbox.SimulateProspectReply(SweepHarness.MailboxOf(rep), graphConversation, automatic: false);
        var lookupsBefore = ConversationLookups(rep);
        var replied = await _world.CheckRepliesAsync();

        Assert.Equal((1, 0), (quiet.Checked, quiet.Reengaged));
        Assert.Equal(1, replied.Reengaged);
        var stored = await _world.ReloadAsync(plan);
        Assert.Equal((PlanState.Paused, "EWS:" + graphConversation, graphConversation), (stored.State, stored.Thread.ConversationId, stored.Thread.GraphConversationId));
        Assert.Equal(lookupsBefore, ConversationLookups(rep));
    }

    // GET /messages/{id}?$select=conversationId: what the check sends to learn the conversation's name.
    private int ConversationLookups(RepId rep) =>
        _world.Sandbox.Requests.Entries.Count(r => r.Mailbox == SweepHarness.MailboxOf(rep) && r.Method == "GET" && r.Path.Contains("/messages/", StringComparison.Ordinal));

    [Fact]
    public async Task A_reply_from_the_prospect_pauses_the_plan_cancels_later_steps_records_the_engagement_and_flags_the_reply()
    {
        var rep = _world.NewMailbox();
        var plan = await _world.MarkAsync(rep, ReplyWorld.Prospect, _world.TypicalSteps());
        await _world.SweepAsync();
        _world.Clock.Advance(TimeSpan.FromHours(1));
        var replyId = _world.Sandbox.SimulateProspectReply(SweepHarness.MailboxOf(rep), plan.Thread.ConversationId, automatic: false,
            text: "Thinking about it again, could we talk next week?");

        var result = await _world.CheckRepliesAsync();

        Assert.Equal((1, 1, 0, 0), (result.Checked, result.Reengaged, result.Shifted, result.Failed));
        var stored = await _world.ReloadAsync(plan);
        Assert.Equal(PlanState.Paused, stored.State);
        Assert.Equal([StepStatus.Done, StepStatus.Done, StepStatus.Done, StepStatus.Cancelled],
            stored.Steps.OrderBy(s => s.Step.Number).Select(s => s.Step.Status));
        var reply = _world.Message(rep, replyId);
        var engagement = Assert.IsType<Engagement>(stored.Engagement);
        Assert.Equal(EngagementSource.ProspectReplied, engagement.Source);
        Assert.Equal(new StepRef(StepKind.Callback, 1), engagement.After);
        Assert.InRange(engagement.At, reply.CreatedAt.AddSeconds(-1), reply.CreatedAt);
        Assert.Equal("flagged", reply.FlagStatus);
        Assert.Equal([ThreadReplyCheck.RepliedCategory], reply.Categories);
        Assert.Empty(await _world.ActiveEntriesAsync());
        Assert.Equal(0, _world.Sandbox.Counters.Sends);
    }

    [Fact]
    public async Task After_a_reply_between_two_steps_no_later_step_reaches_the_mailbox()
    {
        var rep = _world.NewMailbox();
        var now = _world.Clock.GetUtcNow();
        var plan = await _world.MarkAsync(rep, ReplyWorld.Prospect,
        [
            new PlanStep(1, StepKind.ThankYou, now.AddMinutes(-5)),
            new PlanStep(2, StepKind.FollowUp, now.AddDays(7)),
            new PlanStep(3, StepKind.Callback, now.AddDays(30)), // its event would be made on day 16
            new PlanStep(4, StepKind.FollowUp, now.AddDays(35), ValueProposition: true),
        ]);
        await _world.SweepAsync();
        _world.Clock.Advance(TimeSpan.FromDays(2));
        _world.Sandbox.SimulateProspectReply(SweepHarness.MailboxOf(rep), plan.Thread.ConversationId, automatic: false);

        await _world.CheckRepliesAsync();
        _world.Clock.Advance(TimeSpan.FromDays(60));
        await _world.SweepUntilQuietAsync();

        var mailbox = SweepHarness.MailboxOf(rep);
        Assert.Single(_world.Sandbox.Drafts(mailbox)); // the thank-you, written before the reply
        Assert.Empty(_world.Sandbox.Events(mailbox));
        var stored = await _world.ReloadAsync(plan);
        Assert.Equal(new StepRef(StepKind.ThankYou, 1), stored.Engagement?.After);
        Assert.Equal([StepStatus.Done, StepStatus.Cancelled, StepStatus.Cancelled, StepStatus.Cancelled],
            stored.Steps.OrderBy(s => s.Step.Number).Select(s => s.Step.Status));
    }

    [Fact]
    public async Task A_colleague_at_the_prospects_domain_answering_in_the_thread_counts_as_a_reply()
    {
        var rep = _world.NewMailbox();
        var plan = await _world.MarkAsync(rep, ReplyWorld.Prospect, _world.TypicalSteps());
        var replyId = _world.Write(plan, "lee.chen@contoso.example", "Dana has moved on; I look after this now. Can we talk?", TimeSpan.FromMinutes(30));

        var result = await _world.CheckRepliesAsync();

        Assert.Equal(1, result.Reengaged);
        var stored = await _world.ReloadAsync(plan);
        Assert.Equal(PlanState.Paused, stored.State);
        Assert.Null(stored.Engagement?.After); // nothing had run yet
        Assert.Equal("flagged", _world.Message(rep, replyId).FlagStatus);
    }

    [Fact]
    public async Task A_message_from_another_domain_leaves_the_plan_running_and_unwritten()
    {
        var rep = _world.NewMailbox();
        var plan = await _world.MarkAsync(rep, ReplyWorld.Prospect, _world.TypicalSteps());
        var otherId = _world.Write(plan, "partner@fabrikam.example", "Looping in: we work with Contoso too.", TimeSpan.FromMinutes(30));

        var result = await _world.CheckRepliesAsync();

        Assert.Equal((1, 0, 0), (result.Checked, result.Reengaged, result.Shifted));
        var stored = await _world.ReloadAsync(plan);
        Assert.Equal(PlanState.Active, stored.State);
        Assert.Equal(plan.Version, stored.Version);
        Assert.Empty(_world.Message(rep, otherId).Categories);
        Assert.NotEqual("flagged", _world.Message(rep, otherId).FlagStatus);
    }

    [Fact]
    public async Task A_long_thread_of_other_peoples_mail_cannot_hide_a_later_reply()
    {
        var rep = _world.NewMailbox();
        var plan = await _world.MarkAsync(rep, ReplyWorld.Prospect, _world.TypicalSteps());
        for (var i = 1; i <= ThreadMessage.MaxPerRead + 5; i++)
        {
            _world.Write(plan, "partner@fabrikam.example", $"Update {i} from the partner.", TimeSpan.FromMinutes(i));
        }

        var replyId = _world.Write(plan, ReplyWorld.Prospect, "Could we talk after all?", TimeSpan.FromMinutes(ThreadMessage.MaxPerRead + 30));

        // The first read is a full page of the partner's mail; the check notes how far it read and the next goes on.
        var first = await _world.CheckRepliesAsync();
        var second = await _world.CheckRepliesAsync();

        Assert.Equal((0, 1), (first.Reengaged, second.Reengaged));
        var stored = await _world.ReloadAsync(plan);
        Assert.Equal(PlanState.Paused, stored.State);
        Assert.Equal("flagged", _world.Message(rep, replyId).FlagStatus);
    }

    [Fact]
    public async Task The_reps_own_drafts_and_messages_in_the_thread_do_not_count_as_replies()
    {
        var rep = _world.NewMailbox();
        var plan = await _world.MarkAsync(rep, ReplyWorld.Prospect, _world.TypicalSteps());
        await _world.SweepAsync(); // the thank-you: a reply draft in the thread
        plan = await _world.ReloadAsync(plan);
        var repAddress = _world.Sandbox.Users.Single(u => u.Id == SweepHarness.MailboxOf(rep)).UserPrincipalName;
        _world.Write(plan, repAddress, "Note to self: call Dana in May.", TimeSpan.FromMinutes(30));
        Assert.Contains(_world.Sandbox.Drafts(SweepHarness.MailboxOf(rep)), d => d.ConversationId == plan.Thread.ConversationId);

        var result = await _world.CheckRepliesAsync();

        Assert.Equal((1, 0), (result.Checked, result.Reengaged));
        var stored = await _world.ReloadAsync(plan);
        Assert.Equal(PlanState.Active, stored.State);
        Assert.Equal(plan.Version, stored.Version);
    }

    [Fact]
    public async Task A_plan_the_rep_paused_is_not_checked_and_a_reply_to_it_is_left_alone()
    {
        var rep = _world.NewMailbox();
        var plan = await _world.MarkAsync(rep, ReplyWorld.Prospect, _world.TypicalSteps());
        // As the pause route does it: planned steps cancelled.
        plan = await _world.Get<IPlanRepository>().SaveAsync(plan with
        {
            State = PlanState.Paused,
            Steps = [.. plan.Steps.Select(s => s with { Step = s.Step with { Status = StepStatus.Cancelled } })],
        });
        var replyId = _world.Write(plan, ReplyWorld.Prospect, "Could we talk?", TimeSpan.FromMinutes(30));

        var result = await _world.CheckRepliesAsync();

        Assert.Equal((0, 0), (result.Entries, result.Checked));
        Assert.Empty(_world.ThreadReads(rep));
        var stored = await _world.ReloadAsync(plan);
        Assert.Null(stored.Engagement);
        Assert.Equal(plan.Version, stored.Version);
        Assert.NotEqual("flagged", _world.Message(rep, replyId).FlagStatus);
    }
}
