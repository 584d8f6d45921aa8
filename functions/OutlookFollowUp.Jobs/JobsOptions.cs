using System.ComponentModel.DataAnnotations;

namespace OutlookFollowUp.Jobs;

/// <summary>
/// How the sweep hands out and runs work (configuration section "Jobs"; the queue's name is the shared setting
/// <c>Queues__Sweep</c>, which infra sets and the Functions queue trigger binds to).
/// </summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>The configuration key of the queue's name, shared with infra and the Functions queue trigger.</summary>
    public const string QueueNameKey = "Queues:Sweep";

    /// <summary>The app-setting expression a Functions queue trigger binds to.</summary>
    public const string QueueNameSetting = "%Queues:Sweep%";

    public const string DefaultQueueName = "mailbox-work";

    /// <summary>Lower-case letters, digits and single hyphens, 3 to 63 characters (Azure's rule for queue names).</summary>
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string QueueName { get; set; } = DefaultQueueName;

    /// <summary>Claims a step may take before it is parked with its last error.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// How long a claim keeps other workers off a step. Longer than a plan's steps take to run even under throttling
    /// (a step runs right after its plan is claimed), shorter than the time a rep would notice: a crashed worker's
    /// steps run again on the first sweep after it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a worker or the reply check holds a mailbox (renewed every third of it while it works). Graph's 4
    /// requests in flight per mailbox count every instance of the app, so only the holder sends that mailbox requests;
    /// a crashed holder's mailbox is free again after this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:03", "00:30:00")]
    public TimeSpan MailboxLeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Due entries one queue message carries (oldest first); the rest wait for the next sweep. Also what keeps a
    /// mailbox under Graph's 10,000 requests per 10 minutes: a few requests per step, one message per sweep.
    /// </summary>
    [Range(1, 500)]
    public int MaxStepsPerMessage { get; set; } = 200;

    /// <summary>
    /// Plans a worker runs at once in one mailbox. The gateway lets 4 Graph requests per mailbox be in flight; a
    /// couple more plans keep those 4 busy while others read or write their rows, without queueing hundreds of tasks.
    /// </summary>
    [Range(1, 32)]
    public int MaxPlansInFlightPerMailbox { get; set; } = 8;

    /// <summary>Times a worker re-reads a plan that changed under its claim before leaving it to the next sweep.</summary>
    [Range(1, 10)]
    public int ClaimRetries { get; set; } = 3;

    /// <summary>Messages the sweep sends at once (it runs once per schedule; this only bounds its fan-out).</summary>
    [Range(1, 256)]
    public int EnqueueParallelism { get; set; } = 16;

    /// <summary>
    /// Mailboxes the reply check works on at once. Each has at most 4 threads in flight (Graph's per-mailbox limit), so
    /// this bounds the job's Graph requests at 4 times this value.
    /// </summary>
    [Range(1, 256)]
    public int ReplyMailboxParallelism { get; set; } = 8;

    /// <summary>Mailboxes the dev host's queue listener works on at once (the Functions host has its own batch size).</summary>
    [Range(1, 256)]
    public int ListenerConcurrency { get; set; } = 16;

    /// <summary>Deliveries of one message before the dev host's listener gives up on it, like the Functions host's maxDequeueCount.</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;
}
