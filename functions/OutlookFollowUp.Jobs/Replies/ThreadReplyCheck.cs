using System.Globalization;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Replies;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.Mailbox;
using OutlookFollowUp.Mailbox.Requests;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Active;
using OutlookFollowUp.Storage.Plans;

namespace OutlookFollowUp.Jobs.Replies;

/// <summary>
/// Checks one active plan's thread for what came in since the last check (<see cref="PlanRecord.RepliesCheckedUpTo"/>,
/// else the mark) and lets <see cref="ReplyCheck"/> judge it. A real reply is flagged in the rep's mailbox with
/// <see cref="RepliedCategory"/> first, then the plan is paused with its planned steps cancelled and the engagement
/// recorded; an automatic reply moves the planned steps past the prospect's return. The flag comes first because it is
/// safe to repeat: if the save is lost, the next run finds the same reply and flags it again, whereas a plan paused
/// without its flag would never be looked at again. The plan is saved under its ETag; when another writer got there
/// first it is read and judged again.
/// </summary>
public sealed class ThreadReplyCheck(IPlanRepository plans, IActivePlanIndex activePlans, IMailboxGateway gateway, TimeProvider time)
{
    /// <summary>The Outlook category on a prospect's reply that paused a plan, beside the follow-up flag.</summary>
    public const string RepliedCategory = "Follow-Up: replied";

    private const int MaxAttempts = 3;

    /// <exception cref="MailboxGatewayException">The thread could not be read or the reply not flagged.</exception>
    public async Task<ReplyCheckOutcome> CheckAsync(RepId rep, string planId, CancellationToken cancellationToken)
    {
        var mailbox = rep.ObjectId.ToString("D", CultureInfo.InvariantCulture);
        IReadOnlyList<ThreadMessage>? thread = null;
        DateTimeOffset fetchedAfter = default;
        string? flagged = null;
        string? learnt = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var plan = await plans.GetAsync(rep, planId, cancellationToken);
            if (plan is not { State: PlanState.Active })
            {
                if (attempt > 1)
                {
                    // Paused or closed by the writer that beat this check (maybe another run of it): its save kept the index.
                    return ReplyCheckOutcome.Unchanged;
                }

                await activePlans.RemoveAsync(rep, planId, cancellationToken);
                return ReplyCheckOutcome.StaleEntry;
            }

            // Graph's own name for the conversation, learnt once per plan: an Outlook client may report it in another
            // form than Graph filters by, which would find no reply ever.
            if (plan.Thread.GraphConversationId is null)
            {
                learnt ??= await gateway.GetConversationIdAsync(mailbox, plan.Thread.ItemId, plan.Thread.InternetMessageId, cancellationToken)
                    ?? plan.Thread.ConversationId;
                plan = plan with { Thread = plan.Thread with { GraphConversationId = learnt } };
            }

            var after = plan.RepliesCheckedUpTo ?? plan.CreatedAt;
            // One query per check: a retry after a conflict judges the messages already read, which cover every later start.
            if (thread is null || after < fetchedAfter)
            {
                thread = await gateway.GetThreadMessagesAsync(mailbox, plan.Thread.GraphConversationId!, after, cancellationToken);
                fetchedAfter = after;
            }

            var zone = TimeZoneResolver.Resolve(plan.Calendar.TimeZoneId);
            var decision = ReplyCheck.Decide([.. thread.SelectMany(Inbound)], plan.Mark.Prospect.Email, after, zone);
            PlanRecord changed;
            ReplyCheckOutcome outcome;
            switch (decision)
            {
                case ReplyDecision.Reengaged reengaged:
                    // Once per check: the thread read before a conflict does not show the category this check added.
                    if (flagged != reengaged.Reply.Id)
                    {
                        await FlagAsync(mailbox, thread, reengaged.Reply, cancellationToken);
                        flagged = reengaged.Reply.Id;
                    }

                    changed = Paused(plan, reengaged.Reply);
                    outcome = ReplyCheckOutcome.Reengaged;
                    break;
                case ReplyDecision.Away away:
                    changed = Shifted(plan, away);
                    outcome = ReplyCheckOutcome.Shifted;
                    break;
                case ReplyDecision.Nothing when thread.Count >= ThreadMessage.MaxPerRead:
                    // A full read of others' mail: the next check goes on after it rather than reading it again forever.
                    changed = plan with { RepliesCheckedUpTo = thread.Max(m => m.ReceivedAt) };
                    outcome = ReplyCheckOutcome.Unchanged;
                    break;
                case ReplyDecision.Nothing when learnt is not null:
                    // Nothing new, but the conversation's name was learnt: keep it, so later checks need no look-up.
                    changed = plan;
                    outcome = ReplyCheckOutcome.Unchanged;
                    break;
                default:
                    return ReplyCheckOutcome.Unchanged;
            }

            try
            {
                await plans.SaveAsync(changed with { UpdatedAt = time.GetUtcNow() }, cancellationToken);
                return outcome;
            }
            catch (ConcurrencyConflictException)
            {
                // A worker recorded a step, the rep changed the plan, or another run of this check acted: judge afresh.
            }
        }

        return ReplyCheckOutcome.GaveUp;
    }

    /// <summary>A message Graph gave no sender (a draft the rep has not addressed) cannot be the prospect's.</summary>
    private static IEnumerable<InboundMessage> Inbound(ThreadMessage m) =>
        m.FromAddress is null
            ? []
            : [new InboundMessage(m.Id, m.FromAddress, m.FromName, m.ReceivedAt, m.Subject, m.BodyText, m.Headers)];

    /// <summary>
    /// Flags the reply and adds the category to those it has. A reply that has the category already was flagged by an
    /// earlier run whose save was lost; if the rep has cleared the flag since, it stays cleared.
    /// </summary>
    private async Task FlagAsync(string mailbox, IReadOnlyList<ThreadMessage> thread, InboundMessage reply, CancellationToken cancellationToken)
    {
        var categories = thread.First(m => m.Id == reply.Id).Categories;
        if (!categories.Contains(RepliedCategory, StringComparer.OrdinalIgnoreCase))
        {
            await gateway.FlagReplyAsync(mailbox, reply.Id, [.. categories, RepliedCategory], cancellationToken);
        }
    }

    /// <summary>Paused as the rep's pause does it (planned steps cancelled), with what the prospect's reply came after.</summary>
    private static PlanRecord Paused(PlanRecord plan, InboundMessage reply) => plan.Stopped(PlanState.Paused) with
    {
        Engagement = new Engagement(EngagementSource.ProspectReplied, reply.ReceivedAt, StepRef.LastRunBefore(plan.Steps.Select(s => s.Step), reply.ReceivedAt)),
        RepliesCheckedUpTo = reply.ReceivedAt,
    };

    /// <summary>
    /// The planned steps moved past the last day away; a step keeps what running it left behind (an expired lease, an
    /// error). The newest automatic reply is the new mark, so the same out-of-office never moves the plan twice.
    /// </summary>
    private static PlanRecord Shifted(PlanRecord plan, ReplyDecision.Away away)
    {
        var shifted = AwayShifter.Shift([.. plan.Steps.Select(s => s.Step)], away.LastDayAway, new BusinessCalendar(plan.Calendar))
            .ToDictionary(s => s.Number);
        return plan with
        {
            Steps = [.. plan.Steps.Select(s => shifted.TryGetValue(s.Step.Number, out var step) ? s with { Step = step } : s)],
            AwayUntil = away.LastDayAway,
            RepliesCheckedUpTo = away.Newest.ReceivedAt,
        };
    }
}
