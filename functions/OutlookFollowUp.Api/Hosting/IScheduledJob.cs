namespace OutlookFollowUp.Api.Hosting;

/// <summary>
/// A job that runs on one of the <see cref="Schedules"/>. The Functions app runs it from a timer trigger; the dev host
/// from its CRON scheduler. A run must be safe to repeat and to overlap with a run on another instance.
/// </summary>
public interface IScheduledJob
{
    /// <summary>The schedule's name (<see cref="Schedules.Sweep"/>, <see cref="Schedules.Replies"/>); also the job's name in logs.</summary>
    string Schedule { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
