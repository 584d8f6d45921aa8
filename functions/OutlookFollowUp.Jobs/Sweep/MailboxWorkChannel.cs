using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;

namespace OutlookFollowUp.Jobs.Sweep;

/// <summary>
/// The storage queue between the sweep and the mailbox workers, created on its first use in this process. The client
/// comes from storage's registration (base64 messages, what the Functions queue trigger reads by default).
/// </summary>
public sealed class MailboxWorkChannel(QueueServiceClient service, IOptions<JobsOptions> options)
{
    private readonly Lock _gate = new();
    private Task<QueueClient>? _creation;

    public async Task SendAsync(MailboxWork work, CancellationToken cancellationToken)
    {
        var queue = await QueueAsync(cancellationToken);
        await queue.SendMessageAsync(work.Encode(), cancellationToken);
    }

    /// <summary>For hosts without a queue trigger (the dev host, tests, the benchmark).</summary>
    public async Task<QueueMessage[]> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        var queue = await QueueAsync(cancellationToken);
        var response = await queue.ReceiveMessagesAsync(Math.Clamp(maxMessages, 1, 32), visibilityTimeout, cancellationToken);
        return response.Value;
    }

    public async Task DeleteAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        var queue = await QueueAsync(cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
    }

    private async Task<QueueClient> QueueAsync(CancellationToken cancellationToken)
    {
        Task<QueueClient> creation;
        lock (_gate)
        {
            creation = _creation ??= CreateAsync(service, options.Value.QueueName);
        }

        try
        {
            return await creation.WaitAsync(cancellationToken);
        }
        catch when (creation.IsFaulted)
        {
            // A failed creation is not remembered: the next use tries again.
            lock (_gate)
            {
                if (ReferenceEquals(_creation, creation))
                {
                    _creation = null;
                }
            }

            throw;
        }
    }

    private static async Task<QueueClient> CreateAsync(QueueServiceClient service, string name)
    {
        var queue = service.GetQueueClient(name);
        await queue.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
        return queue;
    }
}
