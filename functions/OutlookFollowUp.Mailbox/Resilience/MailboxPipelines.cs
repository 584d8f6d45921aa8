using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Mailbox.Configuration;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace OutlookFollowUp.Mailbox.Resilience;

/// <summary>
/// One resilience pipeline per mailbox, built on first use and kept for the life of the process, so one rep's
/// throttled or broken mailbox trips only its own circuit and fills only its own four slots. Strategies, outermost
/// first: total timeout, retry (Retry-After, else exponential backoff with jitter), circuit breaker, the mailbox's
/// concurrency limit, and a per-attempt timeout.
/// </summary>
internal sealed partial class MailboxPipelines(IOptions<GraphOptions> options, TimeProvider time, ILogger<MailboxPipelines> logger) : IDisposable
{
    /// <summary>Set per request by the handler: may this request be sent again after an unknown outcome?</summary>
    public static readonly ResiliencePropertyKey<bool> Repeatable = new("OutlookFollowUp.Graph.Repeatable");

    public static readonly ResiliencePropertyKey<string> Mailbox = new("OutlookFollowUp.Graph.Mailbox");

    private readonly ResiliencePipelineRegistry<string> registry = new();

    public ResiliencePipeline<HttpResponseMessage> For(string mailbox) =>
        registry.GetOrAddPipeline<HttpResponseMessage>(mailbox, builder => Configure(builder, options.Value.Resilience));

    private void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, GraphResilienceOptions o)
    {
        builder.TimeProvider = time;
        builder
            .AddTimeout(new TimeoutStrategyOptions { Name = "Total", Timeout = o.TotalTimeout })
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = o.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = o.BaseDelay,
                MaxDelay = o.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(GraphOutcomes.ShouldRetry(
                    args.Outcome,
                    args.Context.Properties.GetValue(Repeatable, false),
                    RetryAfter.Of(args.Outcome.Result, time.GetUtcNow()),
                    o.MaxRetryAfter)),

                // Graph's Retry-After wins over our own backoff; null falls back to the exponential delay.
                DelayGenerator = args => ValueTask.FromResult(RetryAfter.Of(args.Outcome.Result, time.GetUtcNow())),
                OnRetry = args =>
                {
                    var outcome = args.Outcome.Result is { } r
                        ? ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : args.Outcome.Exception?.GetType().Name;
                    var mailbox = args.Context.Properties.GetValue(Mailbox, MailboxOfRequest.None);
                    LogRetry(logger, mailbox, args.AttemptNumber + 1, args.RetryDelay, outcome);
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = o.FailureRatio,
                MinimumThroughput = o.MinimumThroughput,
                SamplingDuration = o.SamplingDuration,
                BreakDuration = o.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(GraphOutcomes.IsFailure(args.Outcome)),
                OnOpened = args =>
                {
                    var mailbox = args.Context.Properties.GetValue(Mailbox, MailboxOfRequest.None);
                    LogOpened(logger, mailbox, args.BreakDuration);
                    return default;
                },
            })
            .AddStrategy(_ => new MailboxConcurrencyStrategy(o.MaxConcurrentRequestsPerMailbox), new MailboxConcurrencyOptions())
            .AddTimeout(new TimeoutStrategyOptions { Name = "Attempt", Timeout = o.AttemptTimeout });
    }

    public void Dispose() => registry.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph request for mailbox {Mailbox}: retry {Attempt} in {Delay} after {Outcome}")]
    private static partial void LogRetry(ILogger logger, string mailbox, int attempt, TimeSpan delay, string? outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph circuit for mailbox {Mailbox} opened for {BreakDuration}")]
    private static partial void LogOpened(ILogger logger, string mailbox, TimeSpan breakDuration);
}
