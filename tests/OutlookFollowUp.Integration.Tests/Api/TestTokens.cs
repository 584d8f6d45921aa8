using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace OutlookFollowUp.Integration.Tests.Api;

/// <summary>
/// A local stand-in for Entra ID: an RSA signing key, the OpenID configuration that publishes it, and tokens shaped like
/// Entra v2 access tokens for the API (<c>tid</c>, <c>oid</c>, <c>scp</c>, <c>roles</c>), signed with that key.
/// </summary>
internal static class TestTokens
{
    public const string Audience = "api://outlook-follow-up-tests";
    public const string Instance = "https://login.microsoftonline.com/";
    public static readonly Guid TenantId = new("7e57a000-0000-4000-8000-000000000001");
    public static readonly Guid OtherTenantId = new("7e57b000-0000-4000-8000-000000000002");

    private static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "test-key-1" };

    /// <summary>A key nobody published, with the same key id: what a forger would sign with.</summary>
    private static readonly RsaSecurityKey ForgedKey = new(RSA.Create(2048)) { KeyId = "test-key-1" };

    public static string IssuerFor(Guid tenant) => $"{Instance}{tenant}/v2.0";

    /// <summary>The tenant's OpenID configuration as the test host sees it (issuer and signing keys).</summary>
    public static OpenIdConnectConfiguration Configuration()
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = IssuerFor(TenantId) };
        configuration.SigningKeys.Add(Key);
        return configuration;
    }

    public static string Rep(Guid oid, Guid? tenant = null) => Mint(new TokenSpec(tenant ?? TenantId, oid));

    public static string Admin(Guid oid) => Mint(new TokenSpec(TenantId, oid, Roles: ["FollowUp.Admin"]));

    public static string Mint(TokenSpec spec)
    {
        var now = spec.Now ?? DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["tid"] = spec.Tenant.ToString(),
            ["ver"] = "2.0",
        };
        if (spec.ObjectId is { } oid)
        {
            claims["oid"] = oid.ToString();
        }

        if (spec.Scope is { } scope)
        {
            claims["scp"] = scope;
        }

        if (spec.Roles is { Length: > 0 } roles)
        {
            claims["roles"] = roles;
        }

        if (spec.Name is { } name)
        {
            claims["name"] = name;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer ?? IssuerFor(spec.Tenant),
            Audience = spec.Audience ?? Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime.AddMinutes(-1),
            NotBefore = now.UtcDateTime.AddMinutes(-1),
            Expires = now.UtcDateTime.AddHours(1),
            SigningCredentials = new SigningCredentials(spec.Forged ? ForgedKey : Key, SecurityAlgorithms.RsaSha256),
        });
    }
}

/// <summary>What to put in a token; the defaults make a valid rep token.</summary>
internal sealed record TokenSpec(
    Guid Tenant,
    Guid? ObjectId,
    string? Scope = "access_as_user",
    string[]? Roles = null,
    string? Audience = null,
    string? Issuer = null,
    DateTimeOffset? Now = null,
    bool Forged = false,
    string? Name = null);
