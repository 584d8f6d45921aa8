using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.Jobs.Replies;
using OutlookFollowUp.Jobs.Sweep;
using OutlookFollowUp.Jobs.Workers;

namespace OutlookFollowUp.Jobs;

/// <summary>The timer jobs' wiring (the sweep and the reply check), shared by the dev host and the Functions app.</summary>
public static class Extensions
{
    /// <summary>
    /// The sweep job (also as an <see cref="IScheduledJob"/> on <see cref="Schedules.Sweep"/>), the mailbox worker and
    /// the queue between them, and the reply check (also an <see cref="IScheduledJob"/>, on <see cref="Schedules.Replies"/>).
    /// Needs storage (<c>AddFollowUpStorage</c>) and the mailbox gateway registered by the host.
    /// </summary>
    public static IServiceCollection AddFollowUpJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>()
            .Bind(configuration.GetSection(JobsOptions.SectionName))
            .Configure(o =>
            {
                if (configuration[JobsOptions.QueueNameKey] is { Length: > 0 } name)
                {
                    o.QueueName = name;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SweepStatistics>();
        services.AddSingleton<MailboxWorkChannel>();
        services.AddSingleton<SweepJob>();
        services.AddSingleton<IScheduledJob>(sp => sp.GetRequiredService<SweepJob>());
        services.AddSingleton<MailboxWorker>();
        services.AddSingleton<TenantContentCache>();
        services.TryAddSingleton<IStepRunner, GraphStepRunner>();
        services.AddSingleton<MailboxQueueListener>();
        services.AddSingleton<ThreadReplyCheck>();
        services.AddSingleton<RepliesJob>();
        services.AddSingleton<IScheduledJob>(sp => sp.GetRequiredService<RepliesJob>());
        return services;
    }

    /// <summary>For hosts without a queue trigger (the dev host): a background listener that feeds the mailbox worker.</summary>
    public static IServiceCollection AddMailboxQueueListener(this IServiceCollection services)
    {
        services.AddHostedService(sp => sp.GetRequiredService<MailboxQueueListener>());
        return services;
    }
}
