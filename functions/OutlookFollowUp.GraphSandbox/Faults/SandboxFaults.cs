namespace OutlookFollowUp.GraphSandbox.Faults;

/// <summary>
/// How badly the sandbox behaves, to rehearse what Graph does on a bad day. Rates are probabilities per request,
/// drawn from one <see cref="Random"/> seeded with <see cref="Seed"/> so a failing run can be replayed.
/// Set in-process with <see cref="GraphSandbox.SetFaults"/> or over HTTP with <c>POST /sandbox/faults</c>.
/// </summary>
public sealed record SandboxFaults
{
    public static SandboxFaults None { get; } = new();

    /// <summary>Added to every Graph request, inside the time the request counts as in flight.</summary>
    public int LatencyMs { get; init; }

    /// <summary>A further uniformly random 0..n ms, so concurrent requests do not finish in lockstep.</summary>
    public int LatencyJitterMs { get; init; }

    /// <summary>Share of requests answered 429 <c>TooManyRequests</c> with <see cref="RetryAfterSeconds"/>, before any change.</summary>
    public double ThrottleRate { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Share of requests answered 503 <c>ServiceNotAvailable</c>, before any change.</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Share of requests whose connection is aborted; <see cref="DropMode"/> says whether the change was applied first.</summary>
    public double DropRate { get; init; }

    public DropMode DropMode { get; init; } = DropMode.AfterWrite;

    public int Seed { get; init; } = 1;

    /// <summary>Graph's documented limit of concurrent requests per app per mailbox; one more gets 429 <c>MailboxConcurrency</c>.</summary>
    public int MailboxConcurrencyLimit { get; init; } = 4;

    /// <summary>Mailboxes (ids or user principal names) that answer every request with 503, to trip circuit breakers.</summary>
    public IReadOnlyList<string> FailingMailboxes { get; init; } = [];
}
