namespace OutlookFollowUp.GraphSandbox.State;

/// <summary>
/// One mailbox: its owner, calendar and messages. A single lock per mailbox keeps each Graph call atomic, the way
/// Exchange applies one request at a time to an item store; mailboxes never block each other.
/// </summary>
internal sealed class SandboxMailbox(SandboxUser user)
{
    private readonly Lock gate = new();
    private readonly List<SandboxEvent> events = [];
    private readonly List<SandboxMessage> messages = [];
    private readonly Dictionary<string, SandboxEvent> eventsByTransactionId = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> recentRequests = new();
    private int inFlight;

    private static readonly TimeSpan RequestWindow = TimeSpan.FromMinutes(10);

    public SandboxUser User { get; } = user;

    /// <summary>Requests of this mailbox being processed now: what Graph's per-mailbox concurrency limit counts.</summary>
    public int EnterRequest() => Interlocked.Increment(ref inFlight);

    public void LeaveRequest() => Interlocked.Decrement(ref inFlight);

    /// <summary>
    /// Adds the event unless one with the same transactionId was created within <paramref name="transactionIdMemory"/>,
    /// in which case Graph answers with the existing event and creates nothing: that is what makes a retried
    /// create-event POST safe, for a while.
    /// </summary>
    public (SandboxEvent Event, bool Created) AddEvent(SandboxEvent item, TimeSpan transactionIdMemory)
    {
        lock (gate)
        {
            if (item.TransactionId is { } transactionId && eventsByTransactionId.TryGetValue(transactionId, out var existing)
                && item.CreatedAt - existing.CreatedAt < transactionIdMemory)
            {
                return (existing, false);
            }

            events.Add(item);
            if (item.TransactionId is { } id)
            {
                eventsByTransactionId[id] = item;
            }

            return (item, true);
        }
    }

    /// <summary>
    /// Counts a request against the mailbox's budget of <paramref name="limit"/> per ten minutes; null when it is within
    /// it, else how long until the oldest request of the window leaves it.
    /// </summary>
    public TimeSpan? OverRequestBudget(DateTimeOffset now, int limit)
    {
        lock (gate)
        {
            while (recentRequests.Count > 0 && now - recentRequests.Peek() >= RequestWindow)
            {
                recentRequests.Dequeue();
            }

            if (recentRequests.Count >= limit)
            {
                return recentRequests.Peek() + RequestWindow - now;
            }

            recentRequests.Enqueue(now);
            return null;
        }
    }

    public SandboxEvent? FindEvent(string id)
    {
        lock (gate)
        {
            return events.Find(e => e.Id == id);
        }
    }

    public List<SandboxEvent> Events(Func<SandboxEvent, bool> predicate)
    {
        lock (gate)
        {
            return [.. events.Where(predicate).OrderBy(e => e.Start)];
        }
    }

    public void AddMessage(SandboxMessage message)
    {
        lock (gate)
        {
            messages.Add(message);
        }
    }

    /// <summary>Matching messages, newest first, each projected under the lock so a concurrent PATCH is never seen half-done.</summary>
    public List<T> Messages<T>(Func<SandboxMessage, bool> predicate, Func<SandboxMessage, T> project)
    {
        lock (gate)
        {
            return [.. messages.Where(predicate).OrderByDescending(m => m.CreatedAt).Select(project)];
        }
    }

    /// <summary>Runs a read or a change of one message under the mailbox lock; null when there is no such message.</summary>
    public T? WithMessage<T>(string id, Func<SandboxMessage, T> action)
        where T : class
    {
        lock (gate)
        {
            var message = messages.Find(m => m.IsNamedBy(id));
            return message is null ? null : action(message);
        }
    }
}
