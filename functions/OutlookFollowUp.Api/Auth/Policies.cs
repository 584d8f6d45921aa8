using Microsoft.AspNetCore.Authorization;
using OutlookFollowUp.Storage;

namespace OutlookFollowUp.Api.Auth;

/// <summary>
/// The authorization policies. A rep needs a delegated token with the API's scope, a tenant and a user object id;
/// an admin needs the admin app role and a tenant; a manager (insights) needs the manager or the admin role. Admin calls do not need the delegated scope, so an upload script with an
/// app-only token that holds the role works too. A token that is valid but lacks these gets 403.
/// </summary>
public static class Policies
{
    public const string Rep = "FollowUp.Rep";
    public const string Admin = "FollowUp.Admin";
    public const string Manager = "FollowUp.Manager";

    internal static void Add(AuthorizationOptions options, ApiOptions api)
    {
        options.AddPolicy(Rep, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => RepId.TryFromClaims(context.User, out _) && HasScope(context.User, api.RequiredScope)));

        options.AddPolicy(Admin, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(ApiClaims.Roles, api.AdminRole)
            .RequireAssertion(context => context.User.HasTenantGuid()));

        // Insights are tenant-wide figures: managers, and admins who deploy and tune the product, may read them.
        options.AddPolicy(Manager, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasTenantGuid()
                && (context.User.HasClaim(ApiClaims.Roles, api.ManagerRole) || context.User.HasClaim(ApiClaims.Roles, api.AdminRole))));
    }

    private static bool HasScope(System.Security.Claims.ClaimsPrincipal user, string scope) =>
        user.FindAll(ApiClaims.Scope)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);
}
