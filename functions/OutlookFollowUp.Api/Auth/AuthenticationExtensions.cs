using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace OutlookFollowUp.Api.Auth;

/// <summary>
/// Entra ID bearer-token authentication for the API's own audience, with the rep and admin policies. Both are
/// configured from <see cref="ApiOptions"/> when first needed, so hosts and tests can supply the settings from any source.
/// </summary>
public static class AuthenticationExtensions
{
    public static IServiceCollection AddFollowUpAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<ApiOptions>>((options, api) => Configure(options, api.Value));

        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>()
            .Configure<IOptions<ApiOptions>>((options, api) => Policies.Add(options, api.Value));
        return services;
    }

    private static void Configure(JwtBearerOptions options, ApiOptions api)
    {
        // Without a tenant the authority stays unset: every token then fails (no signing keys), which is the safe
        // failure for a host that has not been configured yet.
        if (!string.IsNullOrWhiteSpace(api.TenantId))
        {
            options.Authority = $"{api.Instance.TrimEnd('/')}/{api.TenantId}/v2.0";
        }

        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudiences = Audiences(api),
            ValidateAudience = true,
            IssuerValidator = EntraIssuer.Validator(api),
            ValidateIssuer = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(2),
            NameClaimType = ApiClaims.Name,
            RoleClaimType = ApiClaims.Roles,
        };
    }

    private static string[] Audiences(ApiOptions api)
    {
        var audiences = new List<string>();
        if (!string.IsNullOrWhiteSpace(api.Audience))
        {
            audiences.Add(api.Audience);
        }

        if (!string.IsNullOrWhiteSpace(api.ClientId))
        {
            audiences.Add(api.ClientId);
            audiences.Add($"api://{api.ClientId}");
        }

        // No configured audience: a value no token carries, so nothing validates rather than everything.
        return audiences.Count > 0 ? [.. audiences.Distinct(StringComparer.Ordinal)] : ["urn:outlook-follow-up:unconfigured"];
    }
}
