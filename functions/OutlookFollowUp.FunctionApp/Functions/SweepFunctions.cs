using Microsoft.Azure.Functions.Worker;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Jobs;
using OutlookFollowUp.Jobs.Sweep;
using OutlookFollowUp.Jobs.Workers;

namespace OutlookFollowUp.FunctionApp.Functions;

/// <summary>
/// The sweep: a timer hands due work out as one queue message per mailbox, and queue-triggered workers run it, so the
/// work scales out across Flex Consumption instances. The dev host runs the same two classes on the same schedule.
/// </summary>
public sealed class SweepFunctions(SweepJob sweep, MailboxWorker worker)
{
    [Function(FunctionNames.Sweep)]
    public Task Sweep([TimerTrigger(Schedules.SweepSetting)] TimerInfo timer, CancellationToken cancellationToken) =>
        sweep.RunAsync(cancellationToken);

    [Function(JobNames.MailboxWork)]
    public Task MailboxWork([QueueTrigger(JobsOptions.QueueNameSetting, Connection = "Storage")] string message, CancellationToken cancellationToken) =>
        worker.HandleAsync(message, cancellationToken);
}
