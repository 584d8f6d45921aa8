using Microsoft.Kiota.Abstractions;
using Microsoft.Graph.Models.ODataErrors;
using OutlookFollowUp.Mailbox.Resilience;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>Sorts what can go wrong in a Graph call into what the gateway and the sweep do about it.</summary>
internal static class GraphFailures
{
    /// <summary>
    /// The request may or may not have taken effect: the connection dropped, the attempt timed out, or Graph answered
    /// with a server error after the pipeline gave up. For a create, the only safe next step is to look the item up.
    /// </summary>
    public static bool IsUnknownOutcome(Exception exception) => exception switch
    {
        BrokenCircuitException => false,
        ApiException api => api.ResponseStatusCode >= 500,
        _ => GraphOutcomes.IsTransientException(exception),
    };

    /// <summary>The gateway's exception for a failure; null when the caller cancelled and the cancellation should flow as it is.</summary>
    public static MailboxGatewayException? Translate(Exception exception, string operation, string mailbox, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        return exception switch
        {
            MailboxGatewayException => null,
            BrokenCircuitException => new MailboxGatewayException(MailboxFailure.MailboxUnavailable,
                $"{operation}: mailbox {mailbox} is failing; its circuit is open.", exception),
            ODataError odata => new MailboxGatewayException(ByStatus(odata.ResponseStatusCode),
                $"{operation}: Graph answered {odata.ResponseStatusCode} {odata.Error?.Code}: {odata.Error?.Message}",
                exception, odata.Error?.Code, odata.ResponseStatusCode),
            ApiException api => new MailboxGatewayException(ByStatus(api.ResponseStatusCode),
                $"{operation}: Graph answered {api.ResponseStatusCode}.", exception, null, api.ResponseStatusCode),
            HttpRequestException or IOException or TimeoutRejectedException or OperationCanceledException =>
                new MailboxGatewayException(MailboxFailure.Transient, $"{operation}: {exception.Message}", exception),
            _ => null,
        };
    }

    // Throttling, a request timeout and server errors pass; anything else Graph refused will be refused again.
    private static MailboxFailure ByStatus(int status) =>
        status is 429 or 408 or >= 500 ? MailboxFailure.Transient : MailboxFailure.Permanent;
}
