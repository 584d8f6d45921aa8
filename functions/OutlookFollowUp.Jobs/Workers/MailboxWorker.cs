using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Jobs.Sweep;
using OutlookFollowUp.Mailbox;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Due;
using OutlookFollowUp.Storage.Leases;
using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Storage.Steps;

namespace OutlookFollowUp.Jobs.Workers;

/// <summary>
/// The queue half of the sweep: runs one mailbox's due steps. For each plan named by the message's hints it reads the
/// plan row and the hinted steps (point reads only; the plan's ETag covers the steps), drops hints that no longer match a runnable step, claims the rest with a lease (one transaction with the plan
/// row, under its ETag), runs them one after another through <see cref="IStepRunner"/>, and records each outcome the
/// same way: done with the item's id, or failed with its error (parked after <see cref="JobsOptions.MaxAttempts"/>).
/// Plans run side by side, at most <see cref="JobsOptions.MaxPlansInFlightPerMailbox"/> at a time; the gateway keeps
/// Graph requests to 4 in flight per mailbox, and the mailbox's lease (<see cref="IMailboxLeases"/>) keeps every other
/// instance out meanwhile, so the 4 hold across instances. One plan's failure never stops the others.
/// </summary>
public sealed partial class MailboxWorker(
    IMailboxLeases mailboxes,
    IStepStore steps,
    IDueIndex dueIndex,
    IStepRunner runner,
    SweepStatistics statistics,
    IOptions<JobsOptions> options,
    TimeProvider time,
    ILogger<MailboxWorker> logger)
{
    private const int MaxErrorLength = 1000;

    /// <summary>The queue trigger's entry point: a message this version cannot read is logged and dropped.</summary>
    public async Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        if (!MailboxWork.TryDecode(message, out var work))
        {
            Unreadable(message.Length > 200 ? message[..200] : message);
            return;
        }

        await RunAsync(work, cancellationToken);
    }

    public async Task<MailboxRunResult> RunAsync(MailboxWork work, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var tally = new Tally();
        // Another instance (or the reply check) is working this mailbox: its hints stay in the due index for the next sweep.
        await using var hold = await mailboxes.TryHoldAsync(work.Rep, options.Value.MailboxLeaseDuration, cancellationToken);
        if (hold is null)
        {
            MailboxBusy(work.Rep.Key, work.Due.Count);
            return tally.ToResult(work.Due.Count, time.GetElapsedTime(started)) with { HeldElsewhere = work.Due.Count };
        }

        var session = new MailboxSession(work.Rep);
        var byPlan = work.Due.DistinctBy(e => (e.PlanId, e.StepNumber, e.DueAt)).GroupBy(e => e.PlanId).ToList();
        await Parallel.ForEachAsync(byPlan,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxPlansInFlightPerMailbox, CancellationToken = cancellationToken },
            async (hints, ct) => await RunPlanAsync(session, hints.Key, [.. hints], tally, ct));
        await RemoveHandledAsync(tally, cancellationToken);

        statistics.StaleDropped(tally.Stale);
        var result = tally.ToResult(work.Due.Count, time.GetElapsedTime(started));
        Ran(work.Rep.Key, result.Hints, result.Stale, result.Claimed, result.Done, result.Failed, result.Parked, result.HeldElsewhere,
            result.Conflicts, (long)result.Elapsed.TotalMilliseconds);
        return result;
    }

    private async Task RunPlanAsync(MailboxSession session, string planId, List<DueEntry> hints, Tally tally, CancellationToken cancellationToken)
    {
        if (session.MailboxUnavailable)
        {
            return;
        }

        try
        {
            var claimed = await ClaimAsync(session.Rep, planId, hints, tally, cancellationToken);
            if (claimed is null)
            {
                return;
            }

            var (plan, numbers, firstClaims) = claimed.Value;
            // One step after another: their records share the plan's ETag, and a plan's follow-ups must see each
            // other's content.
            foreach (var number in numbers.Order())
            {
                if (plan.State != PlanState.Active || plan.Steps.FirstOrDefault(s => s.Step.Number == number)?.Step.Status != StepStatus.Planned)
                {
                    // Paused, closed or re-planned since the claim (a reply came in, the rep acted): not to run now.
                    continue;
                }

                plan = session.MailboxUnavailable
                    ? await ReleaseAsync(plan, number, "The mailbox was unavailable; the step runs on a later sweep.", cancellationToken)
                    : await RunStepAsync(session, plan, number, firstClaims.Contains(number), tally, cancellationToken);
                if (plan is null)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Storage trouble around the claim or a record: the claim (if any) expires and a later sweep runs it.
            PlanFailed(e, session.Rep.Key, planId);
        }
    }

    /// <summary>
    /// Reads the plan, drops stale hints, parks steps whose earlier attempts were all lost, and claims the rest; re-reads
    /// and retries when another writer changed the plan in between. Null when there is nothing to run.
    /// </summary>
    private async Task<(PlanRecord Plan, List<int> Numbers, HashSet<int> FirstClaims)?> ClaimAsync(
        RepId rep, string planId, List<DueEntry> hints, Tally tally, CancellationToken cancellationToken)
    {
        var live = hints;
        // The lease instant this worker wrote last: a claim whose commit this worker never saw (the storage client
        // retried a transaction that had in fact succeeded, and the retry met the new ETag) is recognised as its own.
        DateTimeOffset? attempted = null;
        for (var attempt = 1; ; attempt++)
        {
            var plan = await steps.GetStepsAsync(rep, planId, [.. live.Select(h => h.StepNumber)], cancellationToken);
            var now = time.GetUtcNow();
            var stale = new List<DueEntry>();
            var claimable = new List<StepRecord>();
            var exhausted = new List<StepRecord>();
            var ours = new List<int>();
            var held = 0;
            foreach (var hint in live)
            {
                var step = plan?.Steps.FirstOrDefault(s => s.Step.Number == hint.StepNumber);
                if (plan is null || step is null || plan.State != PlanState.Active || step.Step.Status != StepStatus.Planned || step.Step.RunAt != hint.DueAt)
                {
                    stale.Add(hint);
                }
                else if (attempted is { } lease && step.LeaseUntil == lease && StepLease.IsHeld(step, now))
                {
                    ours.Add(step.Step.Number);
                }
                else if (StepLease.IsHeld(step, now))
                {
                    held++;
                }
                else if (!StepLease.IsClaimable(plan, step, now))
                {
                    // Not due yet by this clock (the sweep's clock ran ahead): the next sweep brings it again.
                }
                else if (step.Attempts >= options.Value.MaxAttempts)
                {
                    exhausted.Add(step);
                }
                else
                {
                    claimable.Add(step);
                }
            }

            // Every way out of a claim attempt counts what it found held elsewhere and what this worker now holds.
            (PlanRecord Plan, List<int> Numbers, HashSet<int> FirstClaims)? Claimed(PlanRecord? current, List<int> numbers, HashSet<int>? firstClaims = null)
            {
                Tally.Add(ref tally.HeldElsewhere, held);
                Tally.Add(ref tally.Claimed, numbers.Count);
                return numbers.Count > 0 ? (current!, numbers, firstClaims ?? []) : null;
            }

            tally.Handled(stale);
            Tally.Add(ref tally.Stale, stale.Count);
            live = [.. live.Except(stale)];
            if (plan is null || (claimable.Count == 0 && exhausted.Count == 0))
            {
                return Claimed(plan, ours);
            }

            try
            {
                if (exhausted.Count > 0)
                {
                    // Every attempt so far ended without recording an outcome (the worker died each time).
                    plan = await steps.SaveStepsAsync(plan, [.. exhausted.Select(s => Parked(s,
                        s.LastError ?? $"Gave up after {s.Attempts} attempts; none of them recorded an outcome."))], null, cancellationToken);
                    tally.Handled(exhausted.Select(s => EntryOf(plan, s)));
                    Tally.Add(ref tally.Parked, exhausted.Count);
                    foreach (var step in exhausted)
                    {
                        StepParked(rep.Key, planId, step.Step.Number, step.Attempts);
                    }

                    live = [.. live.Where(h => exhausted.All(s => s.Step.Number != h.StepNumber))];
                    exhausted.Clear();
                    if (claimable.Count == 0)
                    {
                        return Claimed(plan, ours);
                    }
                }

                var numbers = claimable.Select(s => s.Step.Number).ToList();
                attempted = now + options.Value.LeaseDuration;
                plan = await steps.ClaimAsync(plan, numbers, now, attempted.Value, cancellationToken);
                // Never started before this claim: nothing of theirs can be in the mailbox yet.
                return Claimed(plan, [.. numbers, .. ours], [.. claimable.Where(s => s.StartedAt is null).Select(s => s.Step.Number)]);
            }
            catch (ConcurrencyConflictException) when (attempt < options.Value.ClaimRetries)
            {
                // Another worker or the API wrote the plan since it was read (or this worker did, unseen): read it again
                // and judge afresh.
            }
            catch (ConcurrencyConflictException)
            {
                Tally.Add(ref tally.Conflicts, 1);
                ClaimAbandoned(rep.Key, planId, attempt);
                return null;
            }
        }
    }

    /// <summary>Runs one claimed step and records its outcome; returns the plan as stored after, or null if it vanished.</summary>
    private async Task<PlanRecord?> RunStepAsync(MailboxSession session, PlanRecord plan, int number, bool firstClaim, Tally tally, CancellationToken cancellationToken)
    {
        var step = plan.Steps.First(s => s.Step.Number == number);
        StepRunResult result;
        try
        {
            result = await runner.RunAsync(new StepRun(plan, step, session, firstClaim), cancellationToken);
        }
        catch (MailboxGatewayException e) when (e.Failure == MailboxFailure.MailboxUnavailable && !cancellationToken.IsCancellationRequested)
        {
            // Not the step's fault: the attempt is given back, and no more of this mailbox runs in this run.
            session.MarkMailboxUnavailable();
            Tally.Add(ref tally.Failed, 1);
            MailboxUnavailable(session.Rep.Key);
            return await ReleaseAsync(plan, number, Describe(e), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Every failure, permanent ones included (a mailbox outside the app's RBAC scope can be fixed by an
            // admin), costs one attempt; the step is parked once it has had them all.
            var parked = step.Attempts >= options.Value.MaxAttempts;
            var error = Describe(e);
            var (updated, written) = await RecordAsync(plan, number,
                current => current.Step.Status == StepStatus.Planned && current.Attempts == step.Attempts
                    ? parked ? Parked(current, error) : current with { LastError = error, LeaseUntil = null }
                    : null, // someone else owns the step now (our lease expired): their outcome stands
                null, cancellationToken);
            if (written && parked)
            {
                tally.Handled([EntryOf(plan, step)]);
                Tally.Add(ref tally.Parked, 1);
                StepParked(session.Rep.Key, plan.PlanId, number, step.Attempts);
            }
            else if (written)
            {
                Tally.Add(ref tally.Failed, 1);
                StepFailed(e, session.Rep.Key, plan.PlanId, number, step.Attempts, options.Value.MaxAttempts);
            }

            return updated;
        }

        // The item exists now, whatever happened to the plan meanwhile: a step paused or cancelled while it ran is
        // recorded as done too, so resuming the plan never makes the item a second time.
        var (done, recorded) = await RecordAsync(plan, number,
            current => current.Step.Status == StepStatus.Done
                ? null
                : current with
                {
                    Step = current.Step with { Status = StepStatus.Done },
                    MailboxItemId = result.MailboxItemId,
                    LastError = null,
                    LeaseUntil = null,
                },
            result.Sent is { } sent ? [sent] : null, cancellationToken);
        tally.Handled([EntryOf(plan, step)]);
        // Written now, or found written already: by this worker's own write that the storage client retried unseen,
        // or by a worker that ran the step after this one's lease expired (the same item: the gateway keys it by step).
        if (recorded || done?.Steps.FirstOrDefault(s => s.Step.Number == number)?.Step.Status == StepStatus.Done)
        {
            Tally.Add(ref tally.Done, 1);
        }

        return done;
    }

    /// <summary>Gives a claimed step back without counting the attempt, for a later sweep.</summary>
    private async Task<PlanRecord?> ReleaseAsync(PlanRecord plan, int number, string reason, CancellationToken cancellationToken)
    {
        var attempts = plan.Steps.First(s => s.Step.Number == number).Attempts;
        var (updated, _) = await RecordAsync(plan, number,
            current => current.Step.Status == StepStatus.Planned && current.Attempts == attempts
                ? current with { Attempts = Math.Max(0, attempts - 1), LastError = reason, LeaseUntil = null }
                : null,
            null, cancellationToken);
        return updated;
    }

    /// <summary>
    /// Writes <paramref name="change"/> of one step; on a conflict re-reads the plan and re-applies it to the step as it
    /// is then. <paramref name="change"/> returns null when nothing should be written any more. Returns the plan as
    /// stored (null if it vanished) and whether the change was written.
    /// </summary>
    private async Task<(PlanRecord? Plan, bool Written)> RecordAsync(
        PlanRecord plan, int number, Func<StepRecord, StepRecord?> change, IReadOnlyList<SentContent>? sent, CancellationToken cancellationToken)
    {
        PlanRecord? current = plan;
        for (var attempt = 1; ; attempt++)
        {
            var step = current.Steps.FirstOrDefault(s => s.Step.Number == number);
            var changed = step is null ? null : change(step);
            if (changed is null)
            {
                return (current, false);
            }

            try
            {
                return (await steps.SaveStepsAsync(current, [changed], sent, cancellationToken), true);
            }
            catch (ConcurrencyConflictException) when (attempt < options.Value.ClaimRetries + 2)
            {
                // Every step this worker holds, not just this one: the plan it returns runs the rest of them.
                current = await steps.GetStepsAsync(plan.Rep, plan.PlanId, [.. plan.Steps.Select(s => s.Step.Number)], cancellationToken);
                if (current is null)
                {
                    return (null, false);
                }
            }
        }
    }

    /// <summary>
    /// Removes the entries of steps this run finished or found stale, in batches. Best effort: an entry left behind
    /// (this fails, or the process dies first) points at a step that is done, and the next sweep drops it as stale.
    /// </summary>
    private async Task RemoveHandledAsync(Tally tally, CancellationToken cancellationToken)
    {
        var entries = tally.TakeHandled();
        if (entries.Count == 0)
        {
            return;
        }

        try
        {
            await dueIndex.RemoveAsync(entries, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            RemovalFailed(e, entries.Count);
        }
    }

    private static DueEntry EntryOf(PlanRecord plan, StepRecord step) => new(step.Step.RunAt, plan.Rep, plan.PlanId, step.Step.Number);

    private static StepRecord Parked(StepRecord step, string error) =>
        step with { Step = step.Step with { Status = StepStatus.Parked }, LastError = error, LeaseUntil = null };

    /// <summary>What the rep sees as the step's last error: the exception's own words, bounded, without a stack trace.</summary>
    private static string Describe(Exception e)
    {
        var text = $"{e.GetType().Name}: {e.Message}";
        return text.Length > MaxErrorLength ? text[..MaxErrorLength] : text;
    }

    /// <summary>Counters shared by a run's plans (updated with Interlocked).</summary>
    private sealed class Tally
    {
        public int Stale;
        public int Claimed;
        public int Done;
        public int Failed;
        public int Parked;
        public int HeldElsewhere;
        public int Conflicts;
        private readonly System.Collections.Concurrent.ConcurrentQueue<DueEntry> _handled = new();

        public void Handled(IEnumerable<DueEntry> entries)
        {
            foreach (var entry in entries)
            {
                _handled.Enqueue(entry);
            }
        }

        public List<DueEntry> TakeHandled()
        {
            var entries = new List<DueEntry>();
            while (_handled.TryDequeue(out var entry))
            {
                entries.Add(entry);
            }

            return entries;
        }

        public static void Add(ref int counter, int count) => Interlocked.Add(ref counter, count);

        public MailboxRunResult ToResult(int hints, TimeSpan elapsed) =>
            new(hints, Stale, Claimed, Done, Failed, Parked, HeldElsewhere, Conflicts, elapsed);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "mailbox {Rep}: {Hints} hints, {Stale} stale dropped, {Claimed} claimed, {Done} done, {Failed} failed, {Parked} parked, {Held} held by another worker, {Conflicts} left after conflicts, in {ElapsedMs} ms")]
    private partial void Ran(string rep, int hints, int stale, int claimed, int done, int failed, int parked, int held, int conflicts, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "mailbox {Rep}: another worker is working it; its {Hints} hints wait for the next sweep")]
    private partial void MailboxBusy(string rep, int hints);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailbox {Rep} is unavailable (its circuit is open); its other steps wait for a later sweep.")]
    private partial void MailboxUnavailable(string rep);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove {Count} handled due entries; the next sweep drops them as stale.")]
    private partial void RemovalFailed(Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a queue message that names no mailbox work: '{Message}'.")]
    private partial void Unreadable(string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step {Rep}/{PlanId}/{Number} failed (attempt {Attempt} of {MaxAttempts}); a later sweep retries it.")]
    private partial void StepFailed(Exception exception, string rep, string planId, int number, int attempt, int maxAttempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step {Rep}/{PlanId}/{Number} parked after {Attempts} attempts.")]
    private partial void StepParked(string rep, string planId, int number, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {Rep}/{PlanId} kept changing during {Attempts} claims; left for the next sweep.")]
    private partial void ClaimAbandoned(string rep, string planId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan {Rep}/{PlanId} stopped on a storage error; its claims expire and a later sweep runs them.")]
    private partial void PlanFailed(Exception exception, string rep, string planId);
}
