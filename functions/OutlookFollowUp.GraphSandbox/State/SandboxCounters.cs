using System.Collections.Concurrent;

namespace OutlookFollowUp.GraphSandbox.State;

/// <summary>
/// What tests and benchmarks read back: how many requests each mailbox got, why requests were throttled (a fault we
/// injected, or a client breaking Graph's per-mailbox concurrency limit), what was created, and whether anything was
/// sent (it must never be).
/// </summary>
public sealed class SandboxCounters
{
    private readonly ConcurrentDictionary<string, int> requestsByMailbox = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> peakInFlight = new(StringComparer.OrdinalIgnoreCase);
    private int requests;
    private int injectedThrottles;
    private int concurrencyThrottles;
    private int injectedServerErrors;
    private int droppedConnections;
    private int eventsCreated;
    private int transactionIdReplays;
    private int draftsCreated;
    private int repliesCreated;
    private int sends;
    private int requestBudgetThrottles;

    public int Requests => Volatile.Read(ref requests);

    public int InjectedThrottles => Volatile.Read(ref injectedThrottles);

    /// <summary>429s with code MailboxConcurrency: a client had more than the limit in flight on one mailbox.</summary>
    public int ConcurrencyThrottles => Volatile.Read(ref concurrencyThrottles);

    /// <summary>429s with code ApplicationThrottled: a mailbox got more than its requests per ten minutes.</summary>
    public int RequestBudgetThrottles => Volatile.Read(ref requestBudgetThrottles);

    public int InjectedServerErrors => Volatile.Read(ref injectedServerErrors);

    public int DroppedConnections => Volatile.Read(ref droppedConnections);

    public int EventsCreated => Volatile.Read(ref eventsCreated);

    /// <summary>Create-event POSTs answered with the existing event because their transactionId was seen before.</summary>
    public int TransactionIdReplays => Volatile.Read(ref transactionIdReplays);

    /// <summary>Drafts created with POST /messages.</summary>
    public int DraftsCreated => Volatile.Read(ref draftsCreated);

    /// <summary>Reply drafts created with createReply.</summary>
    public int RepliesCreated => Volatile.Read(ref repliesCreated);

    /// <summary>Requests to any send endpoint. The product never sends; every test expects zero.</summary>
    public int Sends => Volatile.Read(ref sends);

    /// <summary>The most requests each mailbox had in flight at once, however many clients sent them.</summary>
    public IReadOnlyDictionary<string, int> PeakInFlightByMailbox => new Dictionary<string, int>(peakInFlight, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, int> RequestsByMailbox => new Dictionary<string, int>(requestsByMailbox, StringComparer.OrdinalIgnoreCase);

    internal void Request(string mailbox)
    {
        Interlocked.Increment(ref requests);
        requestsByMailbox.AddOrUpdate(mailbox, 1, (_, n) => n + 1);
    }

    internal void InFlight(string mailbox, int count) => peakInFlight.AddOrUpdate(mailbox, count, (_, peak) => Math.Max(peak, count));

    internal void InjectedThrottle() => Interlocked.Increment(ref injectedThrottles);

    internal void ConcurrencyThrottle() => Interlocked.Increment(ref concurrencyThrottles);

    internal void RequestBudgetThrottle() => Interlocked.Increment(ref requestBudgetThrottles);

    internal void InjectedServerError() => Interlocked.Increment(ref injectedServerErrors);

    internal void DroppedConnection() => Interlocked.Increment(ref droppedConnections);

    internal void EventCreated() => Interlocked.Increment(ref eventsCreated);

    internal void TransactionIdReplay() => Interlocked.Increment(ref transactionIdReplays);

    internal void DraftCreated() => Interlocked.Increment(ref draftsCreated);

    internal void ReplyCreated() => Interlocked.Increment(ref repliesCreated);

    internal void Send() => Interlocked.Increment(ref sends);

    internal void Reset()
    {
        requestsByMailbox.Clear();
        peakInFlight.Clear();
        requests = injectedThrottles = concurrencyThrottles = injectedServerErrors = droppedConnections = 0;
        eventsCreated = transactionIdReplays = draftsCreated = repliesCreated = sends = requestBudgetThrottles = 0;
    }
}
