using Microsoft.Extensions.Options;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Storage;

namespace OutlookFollowUp.Api.Outcomes;

/// <summary>
/// The links in callback events that let the rep record the call's outcome from any browser, without signing in:
/// <c>{PublicBaseUrl}/api/callback-outcome?t={token}</c>, valid until <see cref="ValidFor"/> after the call. Off (no
/// links, the routes answer 404) while <see cref="ApiOptions.OutcomeLinkKey"/> is unset.
/// </summary>
public sealed class CallbackOutcomeLinks(IOptions<ApiOptions> options)
{
    /// <summary>Long enough for a rep back from holiday to catch up, short enough that old events stop working.</summary>
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(120);

    private readonly byte[]? _key = options.Value.OutcomeLinkKeyBytes();
    private readonly Uri? _baseUrl = Uri.TryCreate(options.Value.PublicBaseUrl, UriKind.Absolute, out var url) ? url : null;

    public bool Enabled => _key is not null;

    /// <summary>The link for one callback step, or null when links are off.</summary>
    public Uri? For(RepId rep, string planId, int number, DateTimeOffset callbackDue)
    {
        if (_key is null || _baseUrl is null)
        {
            return null;
        }

        var token = OutcomeLinkToken.Create(_key, new OutcomeLinkClaim(rep, planId, number, callbackDue + ValidFor));
        return new Uri($"{_baseUrl.AbsoluteUri.TrimEnd('/')}/{Routes.Prefix}/{Routes.CallbackOutcomeLink}?t={token}");
    }

    /// <summary>Whether the token is one of ours and still valid, and what it names.</summary>
    public (OutcomeLinkStatus Status, OutcomeLinkClaim? Claim) Read(string? token, DateTimeOffset now)
    {
        if (_key is null)
        {
            return (OutcomeLinkStatus.Off, null);
        }

        return OutcomeLinkToken.Read(_key, token) switch
        {
            null => (OutcomeLinkStatus.Invalid, null),
            var claim when claim.ExpiresAt < now => (OutcomeLinkStatus.Expired, claim),
            var claim => (OutcomeLinkStatus.Valid, claim),
        };
    }
}

/// <summary>What a presented link token turned out to be.</summary>
public enum OutcomeLinkStatus
{
    Valid,
    Invalid,
    Expired,

    /// <summary>No signing key is configured: links are not in use.</summary>
    Off,
}
