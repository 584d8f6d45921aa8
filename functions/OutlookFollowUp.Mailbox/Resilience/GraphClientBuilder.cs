using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using OutlookFollowUp.Mailbox.Configuration;

namespace OutlookFollowUp.Mailbox.Resilience;

/// <summary>
/// Builds the GraphServiceClient: the SDK's default handlers without its RetryHandler, then our handlers: non-JSON
/// error bodies made Graph-shaped (outside the retries, so it sees the final answer), the Prefer handler and the
/// per-mailbox resilience handler innermost, over a pooled SocketsHttpHandler.
/// </summary>
internal static class GraphClientBuilder
{
    public static GraphServiceClient Create(GraphOptions options, MailboxPipelines pipelines)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        foreach (var retry in handlers.Where(h => h is RetryHandler).ToList())
        {
            handlers.Remove(retry);
        }

        handlers.Add(new NonJsonErrorHandler());
        handlers.Add(new PreferImmutableIdsHandler());
        handlers.Add(new MailboxResilienceHandler(pipelines));

        // Recycled connections follow DNS changes; the pipeline's total timeout replaces HttpClient's own.
        var network = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var http = GraphClientFactory.Create(handlers, finalHandler: network);
        http.Timeout = Timeout.InfiniteTimeSpan;
        return new GraphServiceClient(http, GraphAuthentication.CreateProvider(options), options.BaseUrl.ToString().TrimEnd('/'));
    }
}
