using Microsoft.Extensions.Options;

namespace OutlookFollowUp.DevHost.Jobs;

internal static class JobSchedulerExtensions
{
    /// <summary>
    /// Registers the scheduler and its schedules (validated at start-up). Jobs register themselves as
    /// <see cref="Api.Hosting.IScheduledJob"/> (the sweep and the reply check do, in <c>AddFollowUpJobs</c>).
    /// </summary>
    public static IServiceCollection AddJobScheduler(this IServiceCollection services)
    {
        services.AddOptions<JobSchedules>()
            .Configure<IConfiguration>((schedules, configuration) => schedules.Read(configuration))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobSchedules>, JobSchedules.Validator>();
        services.AddHostedService<JobScheduler>();
        return services;
    }
}
