using Microsoft.Graph;

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

    /// <summary>The id of the received message with this Internet Message-ID, wherever the rep has filed it.</summary>
    public async Task<string?> FindByInternetMessageIdAsync(string mailbox, string internetMessageId, CancellationToken cancellationToken)
    {
        var found = await Client.Users[mailbox].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = $"internetMessageId eq '{StepKeyProperty.Escape(internetMessageId)}'";
            r.QueryParameters.Select = ["id"];
            r.QueryParameters.Top = 1;
        }, cancellationToken);
        return found?.Value?.FirstOrDefault()?.Id;
    }

    public void Dispose() => Client.Dispose();
}
