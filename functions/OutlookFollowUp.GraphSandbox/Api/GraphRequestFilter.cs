using Microsoft.AspNetCore.Http;
using OutlookFollowUp.GraphSandbox.Faults;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>
/// Runs around every <c>/users/{user}/…</c> route and plays the parts of Graph that are not about items: unknown users
/// (404 ErrorInvalidUser), the app permissions each route needs (403 ErrorAccessDenied), the per-mailbox concurrency limit (429 MailboxConcurrency), latency, and the injected faults.
/// It also counts and logs each request for tests and benchmarks.
/// </summary>
internal sealed class GraphRequestFilter(GraphSandbox sandbox) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var user = http.Request.RouteValues["user"] as string ?? "";
        var method = http.Request.Method;
        var path = http.Request.Path.Value ?? "";
        // "Microsoft Graph permissions reference" / each route's Permissions table: an app-only token without one of
        // the route's application permissions is refused before the mailbox is looked at.
        if (http.GetEndpoint()?.Metadata.GetMetadata<RequiresAppRole>() is { } required && !required.AnyOf.Any(sandbox.AppRoles.Contains))
        {
            Log(user, method, path, "access-denied");
            return GraphErrors.Error(StatusCodes.Status403Forbidden, "ErrorAccessDenied", "Access is denied. Check credentials and try again.", sandbox.Time);
        }

        var mailbox = sandbox.Find(user);
        if (mailbox is null)
        {
            Log(user, method, path, "invalid-user");
            return GraphErrors.InvalidUser(user, sandbox.Time);
        }

        SandboxRequest.SetMailbox(http, mailbox);
        var mailboxId = mailbox.User.Id;
        sandbox.Counters.Request(mailboxId);

        // Counted from arrival to the end of processing, and released before the response starts, so a client that
        // starts its next request after reading a response can never be seen as one request over the limit.
        var inFlight = mailbox.EnterRequest();
        sandbox.Counters.InFlight(mailboxId, inFlight);
        var left = false;

        // A dropped connection ends the request for the client at once, so the sandbox stops counting it before
        // aborting; otherwise a client's next request could race the bookkeeping of the one that just died.
        void Leave()
        {
            if (!left)
            {
                left = true;
                mailbox.LeaveRequest();
            }
        }

        try
        {
            if (inFlight > sandbox.CurrentFaults.MailboxConcurrencyLimit)
            {
                sandbox.Counters.ConcurrencyThrottle();
                Log(mailboxId, method, path, "mailbox-concurrency");
                http.Response.Headers.RetryAfter = "1";
                return GraphErrors.Error(StatusCodes.Status429TooManyRequests, "MailboxConcurrency",
                    "Application is over its MailboxConcurrency limit.", sandbox.Time);
            }

            if (mailbox.OverRequestBudget(sandbox.Time.GetUtcNow(), sandbox.CurrentFaults.MailboxRequestsPerTenMinutes) is { } wait)
            {
                sandbox.Counters.RequestBudgetThrottle();
                Log(mailboxId, method, path, "request-budget");
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return GraphErrors.Error(StatusCodes.Status429TooManyRequests, "ApplicationThrottled",
                    "Application is over its request limit for this mailbox.", sandbox.Time);
            }

            var latency = sandbox.Faults.NextLatency();
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, sandbox.Time, http.RequestAborted);
            }

            var fault = sandbox.Faults.Decide(mailboxId, mailbox.User.UserPrincipalName, method, path);
            switch (fault)
            {
                case FaultKind.Throttle:
                    sandbox.Counters.InjectedThrottle();
                    Log(mailboxId, method, path, "throttled");
                    var retryAfter = sandbox.CurrentFaults.RetryAfterSeconds;
                    http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return GraphErrors.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests",
                        "Too many requests; the sandbox is rehearsing throttling.", sandbox.Time);
                case FaultKind.ServiceUnavailable when sandbox.CurrentFaults.ServerErrorsAsHtml:
                    sandbox.Counters.InjectedServerError();
                    Log(mailboxId, method, path, "unavailable");
                    return GatewayPage(StatusCodes.Status503ServiceUnavailable, "Service Unavailable");
                case FaultKind.ServiceUnavailable:
                    sandbox.Counters.InjectedServerError();
                    Log(mailboxId, method, path, "unavailable");
                    return GraphErrors.Error(StatusCodes.Status503ServiceUnavailable, "ServiceNotAvailable",
                        "The service is unavailable; the sandbox is rehearsing an outage.", sandbox.Time);
                case FaultKind.BadGatewayHtml:
                    sandbox.Counters.InjectedServerError();
                    Log(mailboxId, method, path, "bad-gateway-html");
                    return GatewayPage(StatusCodes.Status502BadGateway, "Bad Gateway");
                case FaultKind.DropBeforeWrite:
                    sandbox.Counters.DroppedConnection();
                    Log(mailboxId, method, path, "dropped-before-write");
                    Leave();
                    http.Abort();
                    return Results.Empty;
                case FaultKind.DropAfterWrite:
                    Log(mailboxId, method, path, "dropped-after-write");
                    await next(context);
                    sandbox.Counters.DroppedConnection();
                    Leave();
                    http.Abort();
                    return Results.Empty;
                default:
                    Log(mailboxId, method, path, "handled");
                    return await next(context);
            }
        }
        finally
        {
            Leave();
        }
    }

    // What a proxy in front of Graph sends instead of Graph's JSON error.
    private static IResult GatewayPage(int status, string reason) =>
        Results.Content($"<html><head><title>{status} {reason}</title></head><body><h1>{status} {reason}</h1></body></html>", "text/html", statusCode: status);

    private void Log(string mailbox, string method, string path, string outcome) =>
        sandbox.Requests.Add(new RequestLogEntry(sandbox.Time.GetUtcNow(), mailbox, method, path, outcome));
}
