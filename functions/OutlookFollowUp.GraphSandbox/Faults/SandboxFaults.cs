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

    /// <summary>Those 503s come from a gateway in front of Graph: an HTML page for a body, not Graph's JSON error.</summary>
    public bool ServerErrorsAsHtml { get; init; }

    /// <summary>Share of requests whose connection is aborted; <see cref="DropMode"/> says whether the change was applied first.</summary>
    public double DropRate { get; init; }

    public DropMode DropMode { get; init; } = DropMode.AfterWrite;

    public int Seed { get; init; } = 1;

    /// <summary>Graph's documented limit of concurrent requests per app per mailbox; one more gets 429 <c>MailboxConcurrency</c>.</summary>
    public int MailboxConcurrencyLimit { get; init; } = 4;

    /// <summary>
    /// Graph's documented request budget per app per mailbox ("Microsoft Graph service-specific throttling limits",
    /// Outlook service: 10,000 requests in a 10-minute period); one more gets 429 <c>ApplicationThrottled</c> with the
    /// Retry-After that lets the oldest request of the window expire.
    /// </summary>
    public int MailboxRequestsPerTenMinutes { get; init; } = 10_000;

    /// <summary>
    /// How long an event's transactionId is remembered. Graph documents the property ("event resource type") but not
    /// for how long it de-duplicates; the sandbox assumes an hour, so nothing may count on it for longer.
    /// </summary>
    public TimeSpan TransactionIdMemory { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Mailboxes (ids or user principal names) that answer every request with 503, to trip circuit breakers.</summary>
    public IReadOnlyList<string> FailingMailboxes { get; init; } = [];
}
