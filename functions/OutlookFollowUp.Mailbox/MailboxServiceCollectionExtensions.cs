using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Mailbox.Configuration;
using OutlookFollowUp.Mailbox.Gateway;
using OutlookFollowUp.Mailbox.Resilience;

namespace OutlookFollowUp.Mailbox;

public static class MailboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMailboxGateway"/> with its Graph client and per-mailbox pipelines, options bound from the
    /// "Graph" section of <paramref name="configuration"/> and validated at startup.
    /// </summary>
    public static IServiceCollection AddMailboxGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();

        services.TryAddSingleton<MailboxPipelines>();
        services.TryAddSingleton(sp => new MailboxGraph(GraphClientBuilder.Create(
            sp.GetRequiredService<IOptions<GraphOptions>>().Value, sp.GetRequiredService<MailboxPipelines>())));
        services.TryAddSingleton<MailboxProfiles>();
        services.TryAddSingleton<CallbackEvents>();
        services.TryAddSingleton<ThankYouDrafts>();
        services.TryAddSingleton<FollowUpDrafts>();
        services.TryAddSingleton<ThreadMessages>();
        services.TryAddSingleton<UnknownOutcomes>();
        services.TryAddSingleton<IMailboxGateway, MailboxGateway>();
        return services;
    }
}
