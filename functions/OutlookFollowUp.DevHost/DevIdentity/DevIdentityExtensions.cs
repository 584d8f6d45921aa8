using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Net.Http.Headers;

namespace OutlookFollowUp.DevHost.DevIdentity;

/// <summary>
/// Turns the development identity on in the Development environment (setting <c>DevIdentity:Enabled</c>, default true
/// there). Any other environment that asks for it fails at start-up: there is no way to run it outside Development, and
/// the Functions app does not contain it at all.
/// </summary>
internal static class DevIdentityExtensions
{
    public const string EnabledKey = "DevIdentity:Enabled";

    public static WebApplicationBuilder AddDevelopmentIdentity(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetValue<bool?>(EnabledKey);
        if (!builder.Environment.IsDevelopment())
        {
            if (configured == true)
            {
                throw new InvalidOperationException(
                    $"{EnabledKey} is set in the '{builder.Environment.EnvironmentName}' environment; the development identity runs only in Development.");
            }

            return builder;
        }

        if (!IsEnabled(builder.Environment, builder.Configuration))
        {
            return builder;
        }

        builder.Services.AddSingleton<DevUsers>();
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = DevIdentityHandler.SchemeName;
                options.DefaultChallengeScheme = DevIdentityHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, DevIdentityHandler>(DevIdentityHandler.SchemeName, options =>
                // A request that brings a real token is judged by the real validation, so the add-in's sign-in can be
                // tried against the dev host too.
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers[HeaderNames.Authorization].ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? JwtBearerDefaults.AuthenticationScheme
                        : null);
        return builder;
    }

    /// <summary>Whether the development identity (and its <c>/dev</c> endpoints) is on: Development, unless turned off.</summary>
    public static bool IsEnabled(IHostEnvironment environment, IConfiguration configuration) =>
        environment.IsDevelopment() && configuration.GetValue<bool?>(EnabledKey) != false;
}
