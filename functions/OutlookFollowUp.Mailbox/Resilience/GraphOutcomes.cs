using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace OutlookFollowUp.Mailbox.Resilience;

/// <summary>Which outcomes of a Graph attempt are failures worth retrying, and which count against a mailbox's circuit.</summary>
internal static class GraphOutcomes
{
    /// <summary>Graph answers these when it is throttling or briefly unwell; anything else (400, 403, 404…) will not improve by waiting.</summary>
    public static bool IsTransientStatus(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>A lost connection or a timed-out attempt: Graph may or may not have applied the request.</summary>
    public static bool IsTransientException(Exception? exception) =>
        exception is HttpRequestException or IOException or TimeoutRejectedException;

    /// <summary>
    /// Whether to try again. A 429 means Graph did not process the request, so even a POST that must not be repeated
    /// blindly may be sent again, provided the wait Graph asked for is one we are willing to sit out. Every other
    /// failure may have been applied, so it is retried only for requests that are safe to repeat.
    /// </summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool repeatable, TimeSpan? retryAfter, TimeSpan maxRetryAfter)
    {
        if (outcome.Exception is BrokenCircuitException)
        {
            return false;
        }

        if (outcome.Exception is not null)
        {
            return repeatable && IsTransientException(outcome.Exception);
        }

        var status = outcome.Result!.StatusCode;
        if (status == HttpStatusCode.TooManyRequests)
        {
            return retryAfter is null || retryAfter <= maxRetryAfter;
        }

        return repeatable && IsTransientStatus(status);
    }

    public static bool IsFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is not null
            ? IsTransientException(outcome.Exception)
            : IsTransientStatus(outcome.Result!.StatusCode);
}
