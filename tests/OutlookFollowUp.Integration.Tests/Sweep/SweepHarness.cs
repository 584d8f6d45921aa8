using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookFollowUp.Core.Content;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.GraphSandbox.State;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Jobs.Sweep;
using OutlookFollowUp.Jobs.Workers;
using OutlookFollowUp.Mailbox;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Content;
using OutlookFollowUp.Storage.Due;
using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Storage.Steps;
using OutlookFollowUp.Testing;
using Xunit.Abstractions;

namespace OutlookFollowUp.Integration.Tests.Sweep;

/// <summary>
/// One test's world: fresh tables and a fresh queue in the shared Azurite, mailboxes of its own in the shared Graph
/// sandbox, and any number of worker "instances" (each its own service provider, like a Functions instance: its own
/// gateway, pipelines and caches) sharing them. Seeds plans the way the API stores them and counts, per due step,
/// the items the sandbox holds for it: the duplicates and losses every sweep test asserts are zero.
/// </summary>
internal sealed class SweepHarness : IDisposable
{
    /// <summary>A Wednesday afternoon in Europe, morning in America: every test starts its clock here.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 4, 14, 0, 0, TimeSpan.Zero);

    private readonly AzuriteFixture _azurite;
    private readonly GraphSandboxHost _graph;
    private readonly ITestOutputHelper? _output;
    private readonly Dictionary<string, string?> _settings;
    private readonly List<ServiceProvider> _providers = [];
    private int _mailboxes;

    public SweepHarness(AzuriteFixture azurite, GraphSandboxHost graph, ITestOutputHelper? output, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _azurite = azurite;
        _graph = graph;
        _output = output;
        TablePrefix = AzuriteFixture.NewTablePrefix();
        QueueName = "sweep-" + Guid.NewGuid().ToString("N")[..12];
        _settings = new Dictionary<string, string?>(azurite.ConfigurationFor(TablePrefix))
        {
            ["Graph:BaseUrl"] = graph.GraphBaseUrl.ToString(),
            ["Graph:Resilience:BaseDelay"] = "00:00:00.020",
            ["Graph:Resilience:MaxDelay"] = "00:00:00.200",
            ["Graph:Resilience:AttemptTimeout"] = "00:00:10",
            ["Graph:Resilience:TotalTimeout"] = "00:01:00",
            ["Queues:Sweep"] = QueueName,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        graph.Clock.SetNow(Start);
        Storage = Build(null);
    }

    public string TablePrefix { get; }

    public string QueueName { get; }

    public Guid Tenant { get; } = Guid.NewGuid();

    public ShiftableClock Clock => _graph.Clock;

    public GraphSandbox.GraphSandbox Sandbox => _graph.Sandbox;

    /// <summary>Unwrapped services for seeding and checking; also a worker instance that never crashes.</summary>
    public ServiceProvider Storage { get; }

    public T Get<T>() where T : notnull => Storage.GetRequiredService<T>();

    /// <summary>Another worker instance: its own gateway and caches, optionally with a crash switch in its storage and gateway calls.</summary>
    public ServiceProvider StartInstance(CrashSwitch? crash = null, TouchLog? touches = null) => Build(crash, touches);

    public RepId NewMailbox(string timeZone = "W. Europe Standard Time")
    {
        var number = Interlocked.Increment(ref _mailboxes);
        var objectId = Guid.NewGuid();
        Sandbox.AddUser(new SandboxUser(objectId.ToString("D"), $"rep{number}.{objectId:N}@sales.example", $"Rep {number}",
            timeZone, new TimeOnly(9, 0), new TimeOnly(17, 0), SandboxUser.MondayToFriday));
        return new RepId(Tenant, objectId);
    }

    public static string MailboxOf(RepId rep) => rep.ObjectId.ToString("D");

    /// <summary>A prospect's message in the rep's inbox, marked as a "no" with these steps, stored as the API stores plans.</summary>
    public async Task<PlanRecord> MarkAsync(
        RepId rep, string prospectEmail, IEnumerable<PlanStep> steps, ProspectTags? tags = null, string reason = "price", string timeZone = "W. Europe Standard Time",
        string? itemId = null, Func<string, string>? reportedConversationId = null)
    {
        var messageId = Sandbox.AddInboxMessage(MailboxOf(rep), new SandboxRecipient(prospectEmail, "Dana Prospect"),
            "Re: Our proposal", "<p>It is too expensive for us this year.</p>");
        var conversationId = Sandbox.Messages(MailboxOf(rep)).Single(m => m.Id == messageId).ConversationId;
        var mark = new NoMark(reason, new Prospect(prospectEmail, "Dana Prospect", "Contoso"), SalesStage.Proposal,
            "Too expensive for this quarter.", tags ?? new ProspectTags(["grow exports"], ["cash flow"], []), CallbackAgreed: true);
        // As after its first reply check, which learns Graph's name for the conversation; with reportedConversationId,
        // as the add-in reported it, before any check.
        var thread = reportedConversationId is null
            ? new ThreadRef(conversationId, itemId ?? messageId, null, "Re: Our proposal", conversationId)
            : new ThreadRef(reportedConversationId(conversationId), itemId ?? messageId, null, "Re: Our proposal");
        var plan = PlanRecord.New(rep, thread, mark,
            RepCalendar.Standard(timeZone), steps, Clock.GetUtcNow()) with { RepName = RepName };
        return await Get<IPlanRepository>().SaveAsync(plan);
    }

    /// <summary>The name every harness rep marks with, as their token would give it.</summary>
    public const string RepName = "Sam Rivera";

    /// <summary>The due steps a typical marked "no" has an hour later: thank-you, a follow-up, a callback; plus one still in the future.</summary>
    public PlanStep[] TypicalSteps()
    {
        var now = Clock.GetUtcNow();
        return
        [
            new PlanStep(1, StepKind.ThankYou, now.AddMinutes(-50)),
            new PlanStep(2, StepKind.FollowUp, now.AddMinutes(-20)),
            new PlanStep(3, StepKind.Callback, now.AddMinutes(-5)),
            new PlanStep(4, StepKind.FollowUp, now.AddDays(40), ValueProposition: true),
        ];
    }

    public Task LoadContentAsync(params ContentItem[] items) => Get<IContentLibrary>().ReplaceAsync(Tenant, items);

    public static ContentItem Content(string id, string title, bool aboutProduct = false, params string[] tags) => new()
    {
        Id = id,
        Title = title,
        Url = new Uri($"https://content.example/{id}"),
        Summary = $"Summary of {title}.",
        Tags = tags,
        AboutProduct = aboutProduct,
    };

    /// <summary>A library with something for every test prospect, helpful and product items alike.</summary>
    public Task LoadDefaultContentAsync() => LoadContentAsync(
        Content("c-exports", "Exporting to the Nordics: a field guide", false, "grow exports"),
        Content("c-cash", "Five levers for a healthier cash flow", false, "cash flow"),
        Content("c-hiring", "Hiring your first export manager", false, "hiring"),
        Content("c-sailing", "What sailing teaches about logistics", false, "sailing"),
        Content("p-case", "How Fabrikam doubled export margins with us", true, "grow exports"),
        Content("p-roi", "The cost of waiting: an ROI worksheet", true, "cash flow"));

    /// <summary>One sweep on <paramref name="instance"/>: the timer part, then its workers drain the queue.</summary>
    public async Task<SweepResult> SweepAsync(ServiceProvider? instance = null, int workers = 2)
    {
        instance ??= Storage;
        var result = await instance.GetRequiredService<SweepJob>().SweepAsync(CancellationToken.None);
        await instance.GetRequiredService<MailboxQueueListener>().DrainAsync(workers, CancellationToken.None);
        return result;
    }

    /// <summary>Sweeps until the index has nothing due (or <paramref name="maxRounds"/>); returns the rounds run.</summary>
    public async Task<int> SweepUntilQuietAsync(ServiceProvider? instance = null, int maxRounds = 12)
    {
        for (var round = 1; round <= maxRounds; round++)
        {
            if ((await SweepAsync(instance)).DueEntries == 0)
            {
                return round;
            }
        }

        return maxRounds;
    }

    /// <summary>
    /// Per due step of <paramref name="plans"/> (to run by now; later steps must have no item at all): how many items carry
    /// its key in the rep's mailbox, and whether its stored record is done and names that item.
    /// </summary>
    public async Task<Ledger> LedgerAsync(IEnumerable<PlanRecord> plans, ISet<(string PlanId, int Number)>? expectedParked = null)
    {
        var now = Clock.GetUtcNow();
        int due = 0, done = 0, parked = 0, duplicates = 0, losses = 0, premature = 0;
        foreach (var seeded in plans)
        {
            var plan = await Get<IPlanRepository>().GetAsync(seeded.Rep, seeded.PlanId) ?? throw new InvalidOperationException("A seeded plan vanished.");
            var items = ItemsByStepKey(MailboxOf(plan.Rep));
            foreach (var step in plan.Steps)
            {
                var found = items.GetValueOrDefault(StepKeys.For(plan.PlanId, step.Step.Number)) ?? [];
                if (step.Step.RunAt > now)
                {
                    premature += found.Count;
                    continue;
                }

                due++;
                duplicates += Math.Max(0, found.Count - 1);
                if (expectedParked?.Contains((plan.PlanId, step.Step.Number)) == true)
                {
                    parked += step.Step.Status == StepStatus.Parked ? 1 : 0;
                    losses += step.Step.Status == StepStatus.Parked ? 0 : 1;
                    continue;
                }

                var recorded = step.Step.Status == StepStatus.Done && found.Count >= 1 && found.Contains(step.MailboxItemId!);
                done += recorded ? 1 : 0;
                losses += recorded ? 0 : 1;
            }
        }

        var ledger = new Ledger(due, done, parked, duplicates, losses, premature, Sandbox.Counters.Sends);
        _output?.WriteLine(ledger.ToString());
        return ledger;
    }

    private Dictionary<string, List<string>> ItemsByStepKey(string mailbox)
    {
        var keyed = Sandbox.Events(mailbox).SelectMany(e => e.ExtendedProperties.Values.Select(v => (Key: v, e.Id)))
            .Concat(Sandbox.Messages(mailbox).SelectMany(m => m.ExtendedProperties.Values.Select(v => (Key: v, m.Id))));
        return keyed.GroupBy(k => k.Key).ToDictionary(g => g.Key, g => g.Select(k => k.Id).ToList());
    }

    private ServiceProvider Build(CrashSwitch? crash, TouchLog? touches = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_graph.Clock);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Information).AddFilter("Azure", LogLevel.Warning)
            .AddFilter("OutlookFollowUp.Jobs.Workers.MailboxWorker", crash is null ? LogLevel.Information : LogLevel.Error)
            .AddProvider(new TestOutputLoggerProvider(_output)));
        services.AddSweepWorker(_settings);
        if (crash is not null || touches is not null)
        {
            crash ??= new CrashSwitch();
            touches ??= new TouchLog();
            Decorate<IPlanRepository>(services, inner => new CrashingPlanRepository(inner, crash, touches));
            Decorate<IStepStore>(services, inner => new CrashingStepStore(inner, crash, touches));
            Decorate<IDueIndex>(services, inner => new CrashingDueIndex(inner, crash));
            Decorate<IMailboxGateway>(services, inner => new CrashingGateway(inner, crash));
        }

        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    private static void Decorate<T>(ServiceCollection services, Func<T, T> wrap)
        where T : class
    {
        var descriptor = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(descriptor);
        services.AddSingleton(sp => wrap((T)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!))));
    }

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }
    }
}

/// <summary>
/// Per due step: done with its item recorded, parked as expected, duplicates (items beyond one per step key), losses
/// (a due step without exactly its recorded item), premature items (for steps not due yet) and sends (always 0).
/// </summary>
internal sealed record Ledger(int DueSteps, int Done, int Parked, int Duplicates, int Losses, int Premature, int Sends)
{
    public override string ToString() =>
        $"{DueSteps} due steps: {Done} done, {Parked} parked; duplicates {Duplicates}, losses {Losses}, premature items {Premature}, sends {Sends}";
}

/// <summary>Writes the jobs' log lines (the sweep and worker summaries) into the test's output.</summary>
internal sealed class TestOutputLoggerProvider(ITestOutputHelper? output) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(output, categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void Dispose()
    {
    }

    private sealed class Logger(ITestOutputHelper? output, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => output is not null;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            try
            {
                output?.WriteLine($"{logLevel,-11} {category}: {formatter(state, exception)}{(exception is null ? "" : $" [{exception.GetType().Name}: {exception.Message}]")}");
            }
            catch (InvalidOperationException)
            {
                // The test finished while a background task was still logging.
            }
        }
    }
}
