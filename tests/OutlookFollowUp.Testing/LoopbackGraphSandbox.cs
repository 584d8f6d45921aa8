using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookFollowUp.GraphSandbox;

namespace OutlookFollowUp.Testing;

/// <summary>
/// The Graph sandbox on a free loopback Kestrel port, mounted as the dev host mounts it, so the real Graph SDK reaches
/// it over real HTTP: dropped connections, headers and error bodies behave as they would against Graph. Starts with
/// empty mailboxes.
/// </summary>
public sealed class LoopbackGraphSandbox : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackGraphSandbox(WebApplication app, Uri graphBaseUrl)
    {
        _app = app;
        GraphBaseUrl = graphBaseUrl;
        Sandbox = app.Services.GetRequiredService<GraphSandbox.GraphSandbox>();
        Sandbox.Reset(seedDemo: false);
    }

    /// <summary>What <c>Graph__BaseUrl</c> points at.</summary>
    public Uri GraphBaseUrl { get; }

    public GraphSandbox.GraphSandbox Sandbox { get; }

    /// <param name="clock">The sandbox's clock, for items it stamps; the system clock when null.</param>
    public static async Task<LoopbackGraphSandbox> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.Services.AddGraphSandbox();
        var app = builder.Build();
        app.MapGraphSandbox("/graph/v1.0");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LoopbackGraphSandbox(app, new Uri(address.TrimEnd('/') + "/graph/v1.0"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
