using System.Security.Claims;
using OutlookFollowUp.Api.Auth;
using OutlookFollowUp.DevHost.Hosting;

namespace OutlookFollowUp.DevHost.DevIdentity;

/// <summary>
/// <c>GET /dev/me</c>: who the development identity signs this request in as, and that rep's Graph sandbox mailbox
/// (null when the name is not a sandbox rep). The try-out page reads it to list the same mailbox's messages that the
/// sweep will later write drafts into. Mapped only while the development identity is on, so only in Development.
/// </summary>
internal static class DevIdentityEndpoints
{
    public static WebApplication MapDevIdentity(this WebApplication app)
    {
        if (DevIdentityExtensions.IsEnabled(app.Environment, app.Configuration))
        {
            app.MapGet("/dev/me", Me).RequireAuthorization().ExcludeFromDescription();
        }

        return app;
    }

    // Read from the claims rather than re-resolving the name, so the answer is whatever identity the API itself sees.
    private static IResult Me(ClaimsPrincipal user, GraphSandbox.GraphSandbox sandbox)
    {
        var objectId = user.FindFirstValue(ApiClaims.ObjectId);
        var mailbox = sandbox.Users.FirstOrDefault(u => string.Equals(u.Id, objectId, StringComparison.OrdinalIgnoreCase));
        return Results.Ok(new
        {
            name = user.FindFirstValue(ApiClaims.Name),
            objectId,
            graph = DevHostExtensions.GraphSandboxPrefix,
            mailbox = mailbox is null
                ? null
                : new { id = mailbox.Id, userPrincipalName = mailbox.UserPrincipalName, displayName = mailbox.DisplayName, timeZone = mailbox.TimeZone },
        });
    }
}
