using Microsoft.Azure.Functions.Worker;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Jobs.Replies;

namespace OutlookFollowUp.FunctionApp.Functions;

/// <summary>
/// The reply check: a timer looks in each active plan's thread for the prospect's answer (pausing the plan) or an
/// out-of-office (moving its steps). The dev host runs the same job on the same schedule.
/// </summary>
public sealed class ReplyFunctions(RepliesJob replies)
{
    [Function(FunctionNames.Replies)]
    public Task Replies([TimerTrigger(Schedules.RepliesSetting)] TimerInfo timer, CancellationToken cancellationToken) =>
        replies.RunAsync(cancellationToken);
}
