using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Jobs.Sweep;

namespace OutlookFollowUp.Jobs.Workers;

/// <summary>
/// The dev host's stand-in for the Functions queue trigger: takes messages off the sweep's queue and hands each to the
/// <see cref="MailboxWorker"/>, several mailboxes at once. A message is deleted once handled; one that fails stays
/// and comes back after its visibility timeout, until <see cref="JobsOptions.MaxDequeueCount"/> deliveries, like the
/// Functions host. Tests and the benchmark drain the queue with <see cref="DrainAsync"/>.
/// </summary>
public sealed partial class MailboxQueueListener(
    MailboxWorkChannel queue, MailboxWorker worker, IOptions<JobsOptions> options, TimeProvider time, ILogger<MailboxQueueListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan MaxIdleDelay = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Handles messages with <paramref name="workers"/> concurrent receivers until the queue is empty; returns how many
    /// messages were handled. Each receiver is one "instance" taking one message at a time.
    /// </summary>
    public async Task<int> DrainAsync(int workers, CancellationToken cancellationToken)
    {
        var handled = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (await ReceiveAsync(1, cancellationToken) is [var message])
            {
                await HandleAsync(message, cancellationToken);
                Interlocked.Increment(ref handled);
            }
        }));
        return handled;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromMilliseconds(100);
        var concurrency = options.Value.ListenerConcurrency;
        using var slots = new SemaphoreSlim(concurrency, concurrency);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await slots.WaitAsync(stoppingToken);
                var free = 1 + slots.CurrentCount;
                var messages = await ReceiveAsync(free, stoppingToken);
                if (messages.Length == 0)
                {
                    slots.Release();
                    await Task.Delay(idle, time, stoppingToken);
                    idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, MaxIdleDelay.Ticks));
                    continue;
                }

                idle = TimeSpan.FromMilliseconds(100);
                for (var i = 1; i < messages.Length; i++)
                {
                    await slots.WaitAsync(stoppingToken);
                }

                foreach (var message in messages)
                {
                    _ = Task.Run(async () =>
                    {
                        try
                        {
                            await HandleAsync(message, stoppingToken);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    }, CancellationToken.None);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                ListenerFailed(e);
                await Task.Delay(MaxIdleDelay, time, stoppingToken);
            }
        }
    }

    private Task<QueueMessage[]> ReceiveAsync(int count, CancellationToken cancellationToken) =>
        queue.ReceiveAsync(count, options.Value.LeaseDuration, cancellationToken);

    private async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await worker.HandleAsync(message.Body.ToString(), cancellationToken);
            await queue.DeleteAsync(message, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            if (message.DequeueCount >= options.Value.MaxDequeueCount)
            {
                // Its steps are still in the due index: the next sweep sends a fresh message for the mailbox.
                GaveUp(e, message.MessageId, message.DequeueCount);
                await queue.DeleteAsync(message, cancellationToken);
            }
            else
            {
                HandlingFailed(e, message.MessageId, message.DequeueCount);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailbox message {MessageId} failed on delivery {Count}; it comes back after its visibility timeout.")]
    private partial void HandlingFailed(Exception exception, string messageId, long count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mailbox message {MessageId} failed {Count} times and was dropped; the next sweep sends the mailbox's work again.")]
    private partial void GaveUp(Exception exception, string messageId, long count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The mailbox queue listener failed; retrying shortly.")]
    private partial void ListenerFailed(Exception exception);
}
