namespace OutlookFollowUp.Mailbox.Configuration;

/// <summary>
/// The per-mailbox resilience pipeline's knobs ("Graph:Resilience" section). Defaults suit Graph in Azure; tests
/// shorten the delays.
/// </summary>
public sealed class GraphResilienceOptions
{
    /// <summary>
    /// Requests in flight per mailbox. Graph allows 4 concurrent requests per app per mailbox and answers the 5th with
    /// 429 MailboxConcurrency; staying at or under it means our own concurrency never causes a throttle.
    /// </summary>
    public int MaxConcurrentRequestsPerMailbox { get; set; } = 4;

    /// <summary>One attempt, from sending to the end of the response body.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A request with all its retries and waits; bounded so a worker's lease outlives it.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>First backoff delay when Graph gives no Retry-After; doubles per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest Retry-After waited for in-process. Longer means the mailbox is throttled for a while: the request
    /// fails as transient and the sweep tries the step again later, instead of holding a worker.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Share of failed attempts, within <see cref="SamplingDuration"/>, that opens a mailbox's circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    public int MinimumThroughput { get; set; } = 10;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a mailbox's circuit stays open before one probe request may try again.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
