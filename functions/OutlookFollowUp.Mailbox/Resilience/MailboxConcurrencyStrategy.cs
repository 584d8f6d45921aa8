using Polly;

namespace OutlookFollowUp.Mailbox.Resilience;

/// <summary>
/// At most N attempts of one mailbox in flight; the rest wait their turn. Placed inside the retry strategy, so an
/// attempt holds a slot only while it talks to Graph, never while it waits out a backoff or a Retry-After.
/// </summary>
internal sealed class MailboxConcurrencyStrategy(int permits) : ResilienceStrategy, IDisposable
{
    private readonly SemaphoreSlim slots = new(permits, permits);

    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback,
        ResilienceContext context,
        TState state)
    {
        try
        {
            await slots.WaitAsync(context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (OperationCanceledException e)
        {
            return Outcome.FromException<TResult>(e);
        }

        try
        {
            return await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        finally
        {
            slots.Release();
        }
    }

    // Polly disposes a pipeline's disposable strategies when its registry is disposed.
    public void Dispose() => slots.Dispose();
}

/// <summary>Options for <see cref="MailboxConcurrencyStrategy"/>; Polly names every strategy through its options.</summary>
internal sealed class MailboxConcurrencyOptions : ResilienceStrategyOptions
{
    public MailboxConcurrencyOptions() => Name = "MailboxConcurrency";
}
