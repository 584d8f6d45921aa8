using System.Collections.Concurrent;

namespace OutlookFollowUp.GraphSandbox.State;

/// <summary>One Graph request as the sandbox saw it arrive, and what it did with it.</summary>
/// <remarks>
/// <c>Outcome</c>: "handled", "access-denied" (the app lacks the route's permission), "invalid-user", or the fault played: "throttled", "mailbox-concurrency", "request-budget", "unavailable", "bad-gateway-html", "dropped-before-write", "dropped-after-write".<br/>
/// </remarks>
public sealed record RequestLogEntry(DateTimeOffset At, string Mailbox, string Method, string Path, string Outcome);

/// <summary>
/// The most recent requests, in arrival order, so tests can check behaviour over time (e.g. the gap a client left
/// after a Retry-After). Bounded so a long benchmark cannot exhaust memory.
/// </summary>
public sealed class RequestLog
{
    private const int Capacity = 200_000;
    private readonly ConcurrentQueue<RequestLogEntry> entries = new();

    public IReadOnlyList<RequestLogEntry> Entries => [.. entries];

    internal void Add(RequestLogEntry entry)
    {
        entries.Enqueue(entry);
        while (entries.Count > Capacity && entries.TryDequeue(out _))
        {
        }
    }

    internal void Clear() => entries.Clear();
}
