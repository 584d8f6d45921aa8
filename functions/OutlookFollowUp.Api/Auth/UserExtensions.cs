using System.Security.Claims;
using OutlookFollowUp.Storage;

namespace OutlookFollowUp.Api.Auth;

/// <summary>Who is calling, once a policy has let the request through.</summary>
public static class UserExtensions
{
    /// <summary>The rep (<c>tid</c> + <c>oid</c>). The rep policy guarantees both are GUIDs.</summary>
    public static RepId Rep(this ClaimsPrincipal user) =>
        RepId.TryFromClaims(user, out var rep) ? rep : throw new InvalidOperationException("The caller is not a rep; is the rep policy applied?");

    /// <summary>The caller's tenant (<c>tid</c>). Both policies guarantee a GUID.</summary>
    public static Guid TenantId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(ApiClaims.TenantId)?.Value, out var tid) && tid != Guid.Empty
            ? tid
            : throw new InvalidOperationException("The caller has no tenant; is a policy applied?");

    /// <summary>
    /// The caller's display name (<c>name</c>), to sign drafts with: trimmed, without control characters, at most
    /// <see cref="MaxDisplayNameLength"/> characters; empty when the token has none. Templates encode it when they render.
    /// </summary>
    public static string DisplayName(this ClaimsPrincipal user)
    {
        var name = new string([.. (user.FindFirst(ApiClaims.Name)?.Value ?? "").Where(c => !char.IsControl(c))]).Trim();
        return name.Length > MaxDisplayNameLength ? name[..MaxDisplayNameLength] : name;
    }

    public const int MaxDisplayNameLength = 100;

    internal static bool HasTenantGuid(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(ApiClaims.TenantId)?.Value, out var tid) && tid != Guid.Empty;
}
