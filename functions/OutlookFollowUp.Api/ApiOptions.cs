using System.ComponentModel.DataAnnotations;

namespace OutlookFollowUp.Api;

/// <summary>
/// The API's settings, section <c>Api</c> (<c>Api__Audience</c>, <c>Api__TenantId</c>, ... as environment variables).
/// Tokens are Entra ID v2 access tokens issued for this API's own app registration.
/// </summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The token audience: the API's application id URI (<c>api://...</c>) or its client id.</summary>
    public string? Audience { get; set; }

    /// <summary>The API app registration's client id; accepted as an audience too, as Entra issues either form.</summary>
    public string? ClientId { get; set; }

    /// <summary>The Entra instance; the authority is <c>{Instance}{TenantId}/v2.0</c>.</summary>
    [Required]
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The home tenant id, or <c>organizations</c> for a multi-tenant app (then list <see cref="AllowedTenants"/>).</summary>
    public string? TenantId { get; set; }

    /// <summary>Tenants whose users may call the API. Empty means only <see cref="TenantId"/>; <c>*</c> means any tenant.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>The delegated scope a rep's token must carry (<c>scp</c>).</summary>
    [Required]
    public string RequiredScope { get; set; } = "access_as_user";

    /// <summary>The app role that admin routes require (<c>roles</c>).</summary>
    [Required]
    public string AdminRole { get; set; } = "FollowUp.Admin";

    /// <summary>The largest JSON request body accepted; a larger one gets 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The largest content-library upload (JSON or CSV) accepted.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxContentUploadBytes { get; set; } = 1024 * 1024;

    /// <summary>Tenants allowed, as configured; null when any tenant is.</summary>
    public IReadOnlySet<string>? TenantAllowList()
    {
        if (AllowedTenants.Contains("*"))
        {
            return null;
        }

        var tenants = AllowedTenants.Count > 0 ? AllowedTenants : (TenantId is null ? [] : [TenantId]);
        return tenants.Select(t => t.Trim()).Where(t => t.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
