using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>
/// The gateway's own GraphServiceClient (built by <see cref="Resilience.GraphClientBuilder"/>), wrapped so it never
/// collides with another GraphServiceClient a host may register for other purposes.
/// </summary>
internal sealed class MailboxGraph(GraphServiceClient client) : IDisposable
{
    public GraphServiceClient Client { get; } = client;

    /// <summary>The id of the message (draft) that carries <paramref name="stepKey"/>, if one exists in the mailbox.</summary>
    public async Task<string?> FindMessageIdAsync(string mailbox, string stepKey, CancellationToken cancellationToken)
    {
        var found = await Client.Users[mailbox].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = StepKeyProperty.Filter(stepKey);
            r.QueryParameters.Select = ["id"];
            r.QueryParameters.Top = 1;
        }, cancellationToken);
        return found?.Value?.FirstOrDefault()?.Id;
    }

    /// <summary>The received message with this Internet Message-ID, wherever the rep has filed it, with the fields asked for.</summary>
    public async Task<Message?> FindByInternetMessageIdAsync(string mailbox, string internetMessageId, string[] select, CancellationToken cancellationToken)
    {
        var found = await Client.Users[mailbox].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = $"internetMessageId eq '{StepKeyProperty.Escape(internetMessageId)}'";
            r.QueryParameters.Select = select;
            r.QueryParameters.Top = 1;
        }, cancellationToken);
        return found?.Value?.FirstOrDefault();
    }

    public void Dispose() => Client.Dispose();
}
