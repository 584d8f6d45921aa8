using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Claims;

namespace OutlookFollowUp.Storage;

/// <summary>
/// A sales rep: the Entra tenant (<c>tid</c>) and user object (<c>oid</c>) of the access token. Both are GUIDs, so
/// <see cref="Key"/> is safe in any Table key and cannot be forged into another rep's partition.
/// </summary>
public readonly record struct RepId
{
    // JwtBearer maps short claim names to these URIs unless MapInboundClaims is off; accept both spellings.
    private const string TenantIdUri = "http://schemas.microsoft.com/identity/claims/tenantid";
    private const string ObjectIdUri = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public RepId(Guid tenantId, Guid objectId)
    {
        if (tenantId == Guid.Empty || objectId == Guid.Empty)
        {
            throw new ArgumentException("A rep needs a non-empty tenant id and object id.");
        }

        TenantId = tenantId;
        ObjectId = objectId;
    }

    public Guid TenantId { get; }

    public Guid ObjectId { get; }

    /// <summary>The rep's partition key: 32 hex digits, an underscore, 32 hex digits.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{TenantId:N}_{ObjectId:N}");

    public static bool TryParse(string? tenantId, string? objectId, out RepId rep)
    {
        rep = default;
        if (!Guid.TryParse(tenantId, out var tid) || !Guid.TryParse(objectId, out var oid) || tid == Guid.Empty || oid == Guid.Empty)
        {
            return false;
        }

        rep = new RepId(tid, oid);
        return true;
    }

    /// <summary>Reads <c>tid</c> and <c>oid</c> from a validated token's claims; false when either is missing or not a GUID.</summary>
    public static bool TryFromClaims(ClaimsPrincipal user, out RepId rep) =>
        TryParse(user.FindFirst("tid")?.Value ?? user.FindFirst(TenantIdUri)?.Value,
            user.FindFirst("oid")?.Value ?? user.FindFirst(ObjectIdUri)?.Value,
            out rep);

    /// <summary>The inverse of <see cref="Key"/>, for keys read back from the due index.</summary>
    public static bool TryParseKey(string? key, [NotNullWhen(true)] out RepId? rep)
    {
        rep = null;
        if (key is not { Length: 65 } || key[32] != '_' || !TryParse(key[..32], key[33..], out var parsed))
        {
            return false;
        }

        rep = parsed;
        return true;
    }

    public override string ToString() => Key;
}
