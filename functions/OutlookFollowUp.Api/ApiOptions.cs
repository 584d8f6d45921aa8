using System.ComponentModel.DataAnnotations;

namespace OutlookFollowUp.Api;

/// <summary>
/// The API's settings, section <c>Api</c> (<c>Api__Audience</c>, <c>Api__TenantId</c>, ... as environment variables).
/// Tokens are Entra ID v2 access tokens issued for this API's own app registration.
/// </summary>
public sealed class ApiOptions : IValidatableObject
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

    /// <summary>The app role that the team insights require (<c>roles</c>); admins may read them too.</summary>
    [Required]
    public string ManagerRole { get; set; } = "FollowUp.Manager";

    /// <summary>The largest JSON request body accepted; a larger one gets 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The largest content-library upload (JSON or CSV) accepted.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxContentUploadBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The key that signs the links in callback events (base64, at least <see cref="MinOutcomeLinkKeyBytes"/> bytes).
    /// Unset, the events carry no link and the link routes answer 404.
    /// </summary>
    public string? OutcomeLinkKey { get; set; }

    /// <summary>The API host's own absolute http(s) address (<c>https://func-xyz.azurewebsites.net</c>), for the links in events.</summary>
    public string? PublicBaseUrl { get; set; }

    public const int MinOutcomeLinkKeyBytes = 32;

    /// <summary>The decoded <see cref="OutcomeLinkKey"/>, or null when it is unset or malformed (validation reports that).</summary>
    public byte[]? OutcomeLinkKeyBytes()
    {
        if (string.IsNullOrWhiteSpace(OutcomeLinkKey))
        {
            return null;
        }

        var buffer = new byte[OutcomeLinkKey.Length];
        return Convert.TryFromBase64String(OutcomeLinkKey.Trim(), buffer, out var written) && written >= MinOutcomeLinkKeyBytes
            ? buffer[..written]
            : null;
    }

    /// <summary>A signing key that is set must be usable, and links need the address they point at.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(OutcomeLinkKey))
        {
            yield break;
        }

        if (OutcomeLinkKeyBytes() is null)
        {
            yield return new ValidationResult(
                $"Base64 of at least {MinOutcomeLinkKeyBytes} random bytes (openssl rand -base64 32).", [nameof(OutcomeLinkKey)]);
        }

        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("The API host's absolute http(s) address, required with an outcome link key.", [nameof(PublicBaseUrl)]);
        }
    }

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
