using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Mailbox;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Active;
using OutlookFollowUp.Storage.Leases;

namespace OutlookFollowUp.Jobs.Replies;

/// <summary>
/// The timer <c>replies</c> (DESIGN.md section 6): for every entry of the active-plans index — never the rep-partitioned
/// plans table — checks the plan's thread with <see cref="ThreadReplyCheck"/>. Mailboxes are checked side by side
/// (<see cref="JobsOptions.ReplyMailboxParallelism"/>), at most <see cref="PlansPerMailbox"/> plans of one mailbox at a
/// time, matching the gateway's 4 Graph requests in flight per mailbox.
/// </summary>
/// <remarks>
/// Cost per run: one Graph query per active plan (the thread's messages received since the last check, usually none,
/// so one page), plus one PATCH per reply found; storage reads one index row and one plan per active plan, and writes
/// only plans that changed. It grows linearly with the active plans; past a few thousand per mailbox, Graph change
/// notifications on the reps' inboxes would replace the polling (see the README).
/// One plan's failure is logged and never stops the others; a mailbox whose circuit is open is left for the next run.
/// Safe to overlap with another run: a plan is saved under its ETag, and flagging a reply twice changes nothing.
/// </remarks>
public sealed partial class RepliesJob(
    IActivePlanIndex activePlans, IMailboxLeases mailboxes, ThreadReplyCheck check, IOptions<JobsOptions> options, TimeProvider time, ILogger<RepliesJob> logger)
    : IScheduledJob
{
    /// <summary>Plans of one mailbox checked at once: each is one Graph query, and the gateway lets 4 run per mailbox.</summary>
    public const int PlansPerMailbox = 4;

    public string Schedule => Schedules.Replies;

    public Task RunAsync(CancellationToken cancellationToken) => CheckAsync(cancellationToken);

    public async Task<RepliesResult> CheckAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var byMailbox = new Dictionary<RepId, List<string>>();
        var entries = 0;
        await foreach (var (rep, planId) in activePlans.ReadAllAsync(cancellationToken))
        {
            entries++;
            if (!byMailbox.TryGetValue(rep, out var planIds))
            {
                byMailbox[rep] = planIds = [];
            }

            planIds.Add(planId);
        }

        var tally = new Tally();
        await Parallel.ForEachAsync(byMailbox,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.ReplyMailboxParallelism, CancellationToken = cancellationToken },
            async (mailbox, ct) => await CheckMailboxAsync(mailbox.Key, mailbox.Value, tally, ct));

        var result = new RepliesResult(entries, byMailbox.Count, tally.Checked, tally.Reengaged, tally.Shifted, tally.Failed, tally.Stale,
            tally.Busy, time.GetElapsedTime(started));
        Checked(result.Entries, result.Mailboxes, result.Checked, result.Reengaged, result.Shifted, result.Failed, result.StaleDropped, result.Busy,
            (long)result.Elapsed.TotalMilliseconds);
        return result;
    }

    private async Task CheckMailboxAsync(RepId rep, List<string> planIds, Tally tally, CancellationToken cancellationToken)
    {
        // A worker is running this mailbox's steps with all 4 of its Graph slots: its threads wait for the next run.
        await using var hold = await mailboxes.TryHoldAsync(rep, options.Value.MailboxLeaseDuration, cancellationToken);
        if (hold is null)
        {
            Interlocked.Add(ref tally.Busy, planIds.Count);
            MailboxBusy(rep.Key, planIds.Count);
            return;
        }

        var unavailable = new MailboxState();
        await Parallel.ForEachAsync(planIds,
            new ParallelOptions { MaxDegreeOfParallelism = PlansPerMailbox, CancellationToken = cancellationToken },
            async (planId, ct) =>
            {
                if (unavailable.IsSet)
                {
                    Interlocked.Increment(ref tally.Failed);
                    return;
                }

                try
                {
                    tally.Add(await check.CheckAsync(rep, planId, ct));
                }
                catch (MailboxGatewayException e) when (e.Failure == MailboxFailure.MailboxUnavailable && !ct.IsCancellationRequested)
                {
                    Interlocked.Increment(ref tally.Failed);
                    if (unavailable.Set())
                    {
                        MailboxUnavailable(rep.Key);
                    }
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    Interlocked.Increment(ref tally.Failed);
                    PlanFailed(e, rep.Key, planId);
                }
            });
    }

    /// <summary>Set once the gateway reports the mailbox's circuit open: its other plans wait for the next run.</summary>
    private sealed class MailboxState
    {
        private int _set;

        public bool IsSet => Volatile.Read(ref _set) == 1;

        /// <summary>True for the caller that set it first.</summary>
        public bool Set() => Interlocked.Exchange(ref _set, 1) == 0;
    }

    /// <summary>Counters shared by a run's mailboxes (updated with Interlocked).</summary>
    private sealed class Tally
    {
        public int Checked;
        public int Reengaged;
        public int Shifted;
        public int Failed;
        public int Stale;
        public int Busy;

        public void Add(ReplyCheckOutcome outcome)
        {
            switch (outcome)
            {
                case ReplyCheckOutcome.StaleEntry:
                    Interlocked.Increment(ref Stale);
                    return;
                case ReplyCheckOutcome.GaveUp:
                    Interlocked.Increment(ref Failed);
                    break;
                case ReplyCheckOutcome.Reengaged:
                    Interlocked.Increment(ref Reengaged);
                    break;
                case ReplyCheckOutcome.Shifted:
                    Interlocked.Increment(ref Shifted);
                    break;
            }

            Interlocked.Increment(ref Checked);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "replies: {Entries} active plans in {Mailboxes} mailboxes, {Checked} threads checked, {Reengaged} re-engaged, {Shifted} shifted, {Failed} failed, {Stale} stale entries dropped, {Busy} left while the sweep works their mailbox, in {ElapsedMs} ms")]
    private partial void Checked(int entries, int mailboxes, int @checked, int reengaged, int shifted, int failed, int stale, int busy, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mailbox {Rep} is being worked by the sweep; its {Plans} plans are checked on the next run.")]
    private partial void MailboxBusy(string rep, int plans);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailbox {Rep} is unavailable (its circuit is open); its plans are checked on the next run.")]
    private partial void MailboxUnavailable(string rep);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the thread of plan {Rep}/{PlanId} failed; the next run tries again.")]
    private partial void PlanFailed(Exception exception, string rep, string planId);
}
