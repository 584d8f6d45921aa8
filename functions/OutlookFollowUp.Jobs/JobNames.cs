namespace OutlookFollowUp.Jobs;

/// <summary>
/// The queue-triggered function's name, beside <c>FunctionNames.Sweep</c> (the timer): the same name in logs and
/// metrics in both hosts.
/// </summary>
public static class JobNames
{
    /// <summary>The mailbox worker, fed by the sweep's queue (<see cref="JobsOptions.QueueNameSetting"/>).</summary>
    public const string MailboxWork = "MailboxWork";
}
