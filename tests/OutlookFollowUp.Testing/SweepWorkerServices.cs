using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Api;
using OutlookFollowUp.Jobs;
using OutlookFollowUp.Mailbox;
using OutlookFollowUp.Storage;

namespace OutlookFollowUp.Testing;

/// <summary>
/// What one Functions instance of the sweep registers: storage, the API's services (the callback-outcome links the
/// events carry), the mailbox gateway and the jobs.
/// </summary>
public static class SweepWorkerServices
{
    /// <summary>
    /// Adds the sweep's services, configured from <paramref name="settings"/> (e.g. <c>Storage:ConnectionString</c>,
    /// <c>Graph:BaseUrl</c>, <c>Queues:Sweep</c>). Register a <see cref="TimeProvider"/> before calling this for it to
    /// be used; replace or decorate services after.
    /// </summary>
    public static IServiceCollection AddSweepWorker(this IServiceCollection services, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        services.AddFollowUpStorage(configuration);
        services.AddFollowUpApi(configuration);
        services.AddMailboxGateway(configuration);
        services.AddFollowUpJobs(configuration);
        return services;
    }
}
