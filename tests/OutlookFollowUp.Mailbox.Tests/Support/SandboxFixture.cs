using OutlookFollowUp.Testing;

namespace OutlookFollowUp.Mailbox.Tests.Support;

/// <summary>
/// The Graph sandbox on a random free loopback port (<see cref="LoopbackGraphSandbox"/>), started once per test class:
/// the Graph SDK reaches it over real HTTP, so dropped connections, headers and error bodies behave as they would against Graph.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    private LoopbackGraphSandbox? host;

    public GraphSandbox.GraphSandbox Sandbox => Host.Sandbox;

    public Uri GraphBaseUrl => Host.GraphBaseUrl;

    private LoopbackGraphSandbox Host => host ?? throw new InvalidOperationException("The sandbox has not started.");

    public async Task InitializeAsync() => host = await LoopbackGraphSandbox.StartAsync();

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
