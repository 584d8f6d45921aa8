using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OutlookFollowUp.Integration.Tests.Azurite;

namespace OutlookFollowUp.Integration.Tests.Api;

/// <summary>
/// The dev host in-process, in the "Testing" environment (so the development identity is off and only real tokens
/// count), on the test collection's Azurite with tables of its own, trusting <see cref="TestTokens"/>' OpenID configuration.
/// </summary>
internal sealed class ApiFactory(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Testing")
    : WebApplicationFactory<Program>
{
    public string TablePrefix { get; } = AzuriteFixture.NewTablePrefix();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in azurite.ConfigurationFor(TablePrefix))
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Api:Audience", TestTokens.Audience);
        builder.UseSetting("Api:TenantId", TestTokens.TenantId.ToString());
        builder.UseSetting("Api:Instance", TestTokens.Instance);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                // The test OpenID configuration replaces discovery: no network, the test key is the tenant's key.
                var configuration = TestTokens.Configuration();
                options.Configuration = configuration;
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            }));
    }
}
