using Microsoft.Extensions.Options;
using OutlookFollowUp.Api.Hosting;

namespace OutlookFollowUp.DevHost.Jobs;

/// <summary>
/// The dev host's stand-in for the Functions timers: runs each registered <see cref="IScheduledJob"/> on its schedule
/// (<see cref="JobSchedules"/>). A job's runs never overlap; a failed run is logged and the next occurrence runs as
/// usual. There is no run on start-up, as with the timers (no <c>RunOnStartup</c>).
/// </summary>
internal sealed partial class JobScheduler(IEnumerable<IScheduledJob> jobs, IOptions<JobSchedules> schedules, TimeProvider time, ILogger<JobScheduler> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(jobs.Select(job => RunOnScheduleAsync(job, stoppingToken)));

    private async Task RunOnScheduleAsync(IScheduledJob job, CancellationToken stoppingToken)
    {
        var name = job.Schedule;
        var schedule = schedules.Value[name];
        Scheduling(name, schedules.Value.ByName[name].Expression);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = new DateTimeOffset(schedule.GetNextOccurrence(now.UtcDateTime), TimeSpan.Zero);
            try
            {
                await Task.Delay(next - now, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                Running(name, next);
                await job.RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                Failed(e, name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduling job {Job} (UTC CRON '{Cron}').")]
    private partial void Scheduling(string job, string cron);

    [LoggerMessage(Level = LogLevel.Information, Message = "Running job {Job} scheduled for {Due:O}.")]
    private partial void Running(string job, DateTimeOffset due);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed; it runs again at its next occurrence.")]
    private partial void Failed(Exception exception, string job);
}
