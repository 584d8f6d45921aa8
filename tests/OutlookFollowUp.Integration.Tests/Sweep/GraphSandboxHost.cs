using OutlookFollowUp.Testing;

namespace OutlookFollowUp.Integration.Tests.Sweep;

/// <summary>
/// The Graph sandbox on a loopback Kestrel port (<see cref="LoopbackGraphSandbox"/>), reached by the real Graph SDK
/// through the mailbox gateway, exactly as in the dev host. Its clock is the tests' <see cref="ShiftableClock"/>, so
/// items it stamps agree with the sweep's time.
/// </summary>
public sealed class GraphSandboxHost : IAsyncLifetime
{
    private LoopbackGraphSandbox? _host;

    internal ShiftableClock Clock { get; } = new();

    public GraphSandbox.GraphSandbox Sandbox => Host.Sandbox;

    /// <summary>What <c>Graph__BaseUrl</c> points at.</summary>
    public Uri GraphBaseUrl => Host.GraphBaseUrl;

    private LoopbackGraphSandbox Host => _host ?? throw new InvalidOperationException("The sandbox has not started.");

    public async Task InitializeAsync() => _host = await LoopbackGraphSandbox.StartAsync(Clock);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
