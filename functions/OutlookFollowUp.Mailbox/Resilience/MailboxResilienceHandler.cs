using Polly;

namespace OutlookFollowUp.Mailbox.Resilience;

/// <summary>
/// The one place Graph requests are retried: it replaces the Graph SDK's own RetryHandler (stacking both would
/// multiply attempts and repeat POSTs) and sits innermost in the SDK's handler chain, so each attempt goes straight to
/// the network while redirects, headers and telemetry are handled once around it.
/// </summary>
internal sealed class MailboxResilienceHandler(MailboxPipelines pipelines) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var mailbox = MailboxOfRequest.From(request.RequestUri);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(MailboxPipelines.Repeatable, IsRepeatable(request));
        context.Properties.Set(MailboxPipelines.Mailbox, mailbox);
        try
        {
            return await pipelines.For(mailbox).ExecuteAsync(
                static (ctx, state) => new ValueTask<HttpResponseMessage>(state.Handler.SendOnceAsync(state.Request, ctx.CancellationToken)),
                context,
                (Handler: this, Request: request));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// Reads, updates (PATCH sets properties to given values) and marked POSTs may be repeated after an unknown outcome;
    /// any other POST may have created something, and only the gateway, after looking the item up, may send it again.
    /// </summary>
    internal static bool IsRepeatable(HttpRequestMessage request) =>
        request.Method != HttpMethod.Post || IdempotentPostOption.IsMarked(request);

    // The body is read inside the attempt, so a connection lost mid-body is an attempt failure the pipeline sees
    // (and the attempt timeout covers), not an error surfacing later in the SDK's deserializer.
    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
