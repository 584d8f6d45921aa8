using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Storage.Active;
using OutlookFollowUp.Storage.Content;
using OutlookFollowUp.Storage.Due;
using OutlookFollowUp.Storage.Leases;
using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Storage.Settings;
using OutlookFollowUp.Storage.Steps;
using OutlookFollowUp.Storage.Tables;

namespace OutlookFollowUp.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Table Storage client and the repositories, configured from the "Storage" section. Options are
    /// validated at start-up, so a host without storage settings fails at once rather than on its first request.
    /// </summary>
    public static IServiceCollection AddFollowUpStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString) || o.TableServiceUri is not null,
                "Storage needs either Storage__ConnectionString or Storage__TableServiceUri.")
            .Validate(o => o.TablePrefix.All(char.IsAsciiLetterOrDigit) && (o.TablePrefix.Length == 0 || char.IsAsciiLetter(o.TablePrefix[0])),
                "Storage__TablePrefix must start with a letter and contain only letters and digits.")
            .ValidateOnStart();

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => CreateTableServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<FollowUpTables>();
        services.AddSingleton<DueIndex>();
        services.AddSingleton<IDueIndex>(sp => sp.GetRequiredService<DueIndex>());
        services.AddSingleton<ActivePlanIndex>();
        services.AddSingleton<IActivePlanIndex>(sp => sp.GetRequiredService<ActivePlanIndex>());
        services.AddSingleton<IPlanRepository, PlanRepository>();
        services.AddSingleton<ITenantPlans, TenantPlans>();
        services.AddSingleton<IContentLibrary, ContentLibrary>();
        services.AddSingleton<TenantSettingsStore>();
        services.AddSingleton<ITenantSettingsStore, CachedTenantSettings>();
        services.AddSingleton<IStepStore, StepStore>();
        services.AddSingleton<IMailboxLeases, MailboxLeases>();
        services.AddSingleton<PlanImport>();
        // Resolved only by hosts that use the sweep's queue, so a host without queue settings still starts.
        services.AddSingleton(sp => CreateQueueServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        return services;
    }

    private static TableServiceClient CreateTableServiceClient(StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new TableServiceClient(options.TableServiceUri, CreateCredential(options.ClientId))
            : new TableServiceClient(options.ConnectionString);

    // Base64, like the Functions queue trigger expects by default, so either host can read what the other wrote.
    private static QueueServiceClient CreateQueueServiceClient(StorageOptions options)
    {
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new QueueServiceClient(options.ConnectionString, queueOptions);
        }

        return options.QueueServiceUri is { } uri
            ? new QueueServiceClient(uri, CreateCredential(options.ClientId), queueOptions)
            : throw new InvalidOperationException("The sweep's queue needs either Storage__ConnectionString or Storage__QueueServiceUri.");
    }

    // In Azure the function app's identity is user-assigned (its client id is configured); elsewhere, for example a
    // developer pointing the dev host at a real account, DefaultAzureCredential finds the signed-in developer.
    private static TokenCredential CreateCredential(string? clientId) =>
        string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
}
