using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OutlookFollowUp.Mailbox.Configuration;

namespace OutlookFollowUp.Mailbox.Tests.Support;

/// <summary>
/// A gateway wired exactly as a host wires it (AddMailboxGateway over configuration), pointed at the sandbox, with
/// delays shortened so tests stay quick. Each test gets its own, so circuits and caches never leak between tests.
/// </summary>
public sealed class TestGateway : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private TestGateway(ServiceProvider services)
    {
        this.services = services;
        Gateway = services.GetRequiredService<IMailboxGateway>();
    }

    public IMailboxGateway Gateway { get; }

    public static TestGateway Create(Uri graphBaseUrl, IDictionary<string, string?>? overrides = null, ILoggerProvider? logs = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = graphBaseUrl.ToString(),
            ["Graph:Resilience:BaseDelay"] = "00:00:00.020",
            ["Graph:Resilience:MaxDelay"] = "00:00:00.200",
            ["Graph:Resilience:AttemptTimeout"] = "00:00:05",
            ["Graph:Resilience:TotalTimeout"] = "00:00:30",
            ["Graph:Resilience:MaxRetryAttempts"] = "8",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection().AddMailboxGateway(configuration);
        if (logs is not null)
        {
            collection.AddLogging(logging => logging.AddProvider(logs));
        }

        var services = collection.BuildServiceProvider(validateScopes: true);

        // What ValidateOnStart does in a host: fail now if the options are wrong.
        _ = services.GetRequiredService<IOptions<GraphOptions>>().Value;
        return new TestGateway(services);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
