using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Api;
using OutlookFollowUp.Api.Auth;

namespace OutlookFollowUp.DevHost.DevIdentity;

/// <summary>
/// Development only: signs every request in as a fixed dev tenant and rep with the admin and manager roles, or as the rep named by
/// an <c>X-Dev-User</c> header, with the claims a real token would carry. The object id is the Graph sandbox mailbox's
/// when the name is one of its reps, otherwise a stable id derived from the name (see <see cref="DevUsers"/>).
/// Requests with a bearer token are forwarded to the real JWT validation instead (see <see cref="DevIdentityExtensions"/>).
/// </summary>
internal sealed class DevIdentityHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<ApiOptions> api, DevUsers users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevIdentity";
    public const string UserHeader = "X-Dev-User";
    public const string DefaultUser = "dev-rep";

    /// <summary>The dev tenant: recognisable in stored keys, never a real Entra tenant.</summary>
    public static readonly Guid TenantId = new("de7de7de-0000-4000-8000-000000000001");

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var name = Request.Headers[UserHeader].ToString();
        if (name.Length == 0)
        {
            name = DefaultUser;
        }
        else if (name.Length > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
        {
            return Task.FromResult(AuthenticateResult.Fail($"{UserHeader} must be 1-64 letters, digits, '.', '-', '_' or '@'."));
        }

        var user = users.Resolve(name);
        var identity = new ClaimsIdentity(
            [
                new Claim(ApiClaims.TenantId, TenantId.ToString()),
                new Claim(ApiClaims.ObjectId, user.ObjectId.ToString()),
                // A demo rep's display name, as Entra would put it in `name`; drafts are signed with it.
                new Claim(ApiClaims.Name, user.Mailbox?.DisplayName ?? name),
                new Claim(ApiClaims.Scope, api.Value.RequiredScope),
                new Claim(ApiClaims.Roles, api.Value.AdminRole),
                new Claim(ApiClaims.Roles, api.Value.ManagerRole),
            ],
            SchemeName, ApiClaims.Name, ApiClaims.Roles);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
