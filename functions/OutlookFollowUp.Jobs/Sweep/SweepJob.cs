using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Due;

namespace OutlookFollowUp.Jobs.Sweep;

/// <summary>
/// The timer half of the sweep (DESIGN.md sections 5 and 6): reads the due index up to now — only the index, never the
/// plans — and queues one message per mailbox with due work, carrying that mailbox's entries as hints. Its cost grows
/// with the due entries, not with the plans stored. Safe to repeat and to overlap: a mailbox that gets two messages
/// gets one item per step, because the worker claims each step before running it.
/// </summary>
public sealed partial class SweepJob(
    IDueIndex dueIndex, MailboxWorkChannel queue, SweepStatistics statistics, IOptions<JobsOptions> options, TimeProvider time, ILogger<SweepJob> logger)
    : IScheduledJob
{
    public string Schedule => Schedules.Sweep;

    public Task RunAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var now = time.GetUtcNow();
        var perMessage = options.Value.MaxStepsPerMessage;
        var byMailbox = new Dictionary<RepId, List<DueEntry>>();
        int due = 0, deferred = 0;
        // Oldest first, so what a full message leaves behind is the newest work.
        await foreach (var entry in dueIndex.ReadDueAsync(now, cancellationToken))
        {
            due++;
            if (!byMailbox.TryGetValue(entry.Rep, out var entries))
            {
                byMailbox[entry.Rep] = entries = [];
            }

            if (entries.Count < perMessage)
            {
                entries.Add(entry);
            }
            else
            {
                deferred++;
            }
        }

        await Parallel.ForEachAsync(byMailbox,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.EnqueueParallelism, CancellationToken = cancellationToken },
            async (mailbox, ct) => await queue.SendAsync(new MailboxWork(mailbox.Key, mailbox.Value), ct));

        var result = new SweepResult(due, byMailbox.Count, deferred, statistics.TakeStaleDropped(), time.GetElapsedTime(started));
        Swept(result.DueEntries, result.MailboxesEnqueued, result.StaleDropped, (long)result.Elapsed.TotalMilliseconds, result.Deferred);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "sweep: {DueEntries} due entries, {Mailboxes} mailboxes enqueued, {Stale} stale entries dropped in {ElapsedMs} ms ({Deferred} left for the next sweep)")]
    private partial void Swept(int dueEntries, int mailboxes, int stale, long elapsedMs, int deferred);
}
