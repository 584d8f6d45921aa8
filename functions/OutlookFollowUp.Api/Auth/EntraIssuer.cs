using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookFollowUp.Api.Auth;

/// <summary>
/// Issuer validation for Entra ID tokens, single- or multi-tenant: the issuer must be the one Entra uses for the
/// token's own <c>tid</c> (v2 <c>{instance}{tid}/v2.0</c>, or v1 <c>https://sts.windows.net/{tid}/</c>), and that
/// tenant must be allowed. This is the check Microsoft.Identity.Web's AadIssuerValidator makes, kept small here.
/// </summary>
internal static class EntraIssuer
{
    public static IssuerValidator Validator(ApiOptions options)
    {
        var instance = options.Instance.TrimEnd('/');
        var allowed = options.TenantAllowList();

        return (issuer, token, _) =>
        {
            var tenant = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>(ApiClaims.TenantId, out var tid) ? tid : null;
            if (string.IsNullOrEmpty(tenant))
            {
                throw new SecurityTokenInvalidIssuerException("The token has no tid claim.");
            }

            if (allowed is not null && !allowed.Contains(tenant))
            {
                throw new SecurityTokenInvalidIssuerException("The token's tenant is not allowed to call this API.");
            }

            var v2 = $"{instance}/{tenant}/v2.0";
            var v1 = $"https://sts.windows.net/{tenant}/";
            if (string.Equals(issuer, v2, StringComparison.OrdinalIgnoreCase) || string.Equals(issuer, v1, StringComparison.OrdinalIgnoreCase))
            {
                return issuer;
            }

            throw new SecurityTokenInvalidIssuerException("The token's issuer does not match its tenant.");
        };
    }
}
