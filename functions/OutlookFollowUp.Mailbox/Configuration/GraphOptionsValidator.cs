using Microsoft.Extensions.Options;

namespace OutlookFollowUp.Mailbox.Configuration;

/// <summary>Checks the Graph options at startup, so a misconfigured host fails to start instead of failing every sweep.</summary>
internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        var errors = new List<string>();
        if (options.BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add("Graph:BaseUrl must be an absolute http(s) URL.");
        }
        else if (GraphAuthentication.IsMicrosoftGraph(url))
        {
            if (url.Scheme != Uri.UriSchemeHttps)
            {
                errors.Add("Graph:BaseUrl must use https for Microsoft Graph.");
            }

            if (!Guid.TryParse(options.TenantId, out _))
            {
                errors.Add("Graph:TenantId must be the tenant's id (a GUID) when Graph:BaseUrl is Microsoft Graph.");
            }

            if (!Guid.TryParse(options.ClientId, out _))
            {
                errors.Add("Graph:ClientId must be the app registration's client id (a GUID) when Graph:BaseUrl is Microsoft Graph.");
            }

            if (!string.IsNullOrEmpty(options.ManagedIdentityClientId) && !Guid.TryParse(options.ManagedIdentityClientId, out _))
            {
                errors.Add("Graph:ManagedIdentityClientId must be a GUID, or empty for the system-assigned identity.");
            }
        }
        else if (!url.IsLoopback)
        {
            // Tokens only ever go to Microsoft Graph; an unauthenticated non-Graph host is only acceptable on this machine.
            errors.Add($"Graph:BaseUrl '{url}' is neither Microsoft Graph nor a loopback sandbox.");
        }

        if (options.MailboxProfileLifetime <= TimeSpan.Zero)
        {
            errors.Add("Graph:MailboxProfileLifetime must be positive.");
        }

        var r = options.Resilience;
        if (r.MaxConcurrentRequestsPerMailbox is < 1 or > 4)
        {
            errors.Add("Graph:Resilience:MaxConcurrentRequestsPerMailbox must be 1 to 4 (Graph allows 4 per app per mailbox).");
        }

        if (r.MaxRetryAttempts is < 0 or > 20)
        {
            errors.Add("Graph:Resilience:MaxRetryAttempts must be 0 to 20.");
        }

        if (r.AttemptTimeout <= TimeSpan.Zero || r.TotalTimeout < r.AttemptTimeout)
        {
            errors.Add("Graph:Resilience:AttemptTimeout must be positive and no longer than TotalTimeout.");
        }

        if (r.BaseDelay <= TimeSpan.Zero || r.MaxDelay < r.BaseDelay || r.MaxRetryAfter < TimeSpan.Zero)
        {
            errors.Add("Graph:Resilience:BaseDelay must be positive, MaxDelay at least BaseDelay, MaxRetryAfter not negative.");
        }

        if (r.FailureRatio is <= 0 or > 1 || r.MinimumThroughput < 2
            || r.SamplingDuration < TimeSpan.FromMilliseconds(500) || r.BreakDuration < TimeSpan.FromMilliseconds(500))
        {
            errors.Add("Graph:Resilience circuit breaker: FailureRatio in (0, 1], MinimumThroughput ≥ 2, SamplingDuration and BreakDuration ≥ 0.5 s (Polly's minimums).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
