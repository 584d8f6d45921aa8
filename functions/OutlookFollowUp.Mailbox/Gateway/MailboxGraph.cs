using Microsoft.Graph;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>
/// The gateway's own GraphServiceClient (built by <see cref="Resilience.GraphClientBuilder"/>), wrapped so it never
/// collides with another GraphServiceClient a host may register for other purposes.
/// </summary>
internal sealed class MailboxGraph(GraphServiceClient client) : IDisposable
{
    public GraphServiceClient Client { get; } = client;

    public void Dispose() => Client.Dispose();
}
