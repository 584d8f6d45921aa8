using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookFollowUp.Core.Content;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.GraphSandbox.Faults;
using OutlookFollowUp.GraphSandbox.State;
using OutlookFollowUp.Jobs.Sweep;
using OutlookFollowUp.Jobs.Workers;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Content;
using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Testing;

namespace OutlookFollowUp.Benchmarks;

/// <summary>
/// The sweep end to end: N due steps over M mailboxes seeded in Azurite (batched), the Graph sandbox on loopback with a
/// set latency, the timer part once, then several worker "instances" (own service provider each: own gateway, own
/// per-mailbox limits, as Flex Consumption instances would be) draining the queue in parallel. Prints steps done, wall
/// time, Graph requests and Table transactions per step, 429s our own concurrency caused, and efficiency = ideal /
/// actual, the ideal being what 4 requests in flight per mailbox allow: max over mailboxes of requests × latency / 4.
/// Then the timer part alone with 1,000 due steps among 1,000 and among 100,000 stored.
/// <c>dotnet run -c Release --project tests/OutlookFollowUp.Benchmarks -- sweep [--steps 10000 --mailboxes 500 --latency-ms 50
/// --instances 4 --receivers 32 --stored 100000 --connection-string …]</c>
/// </summary>
internal static class SweepBenchmark
{
    private static readonly Guid Tenant = new("5eeb0000-0000-4000-8000-000000000001");

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        Console.WriteLine($"sweep: {options.Steps} due steps over {options.Mailboxes} mailboxes, sandbox latency {options.LatencyMs} ms, "
            + $"{options.Instances} instances x {options.Receivers} receivers, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine(PublishedPackageSize());
        await using var azurite = options.ConnectionString is null ? await AzuriteProcess.StartAsync() : null;
        var connectionString = options.ConnectionString ?? azurite!.ConnectionString;
        await using var graph = await LoopbackGraphSandbox.StartAsync();

        await EndToEndAsync(options, connectionString, graph);
        if (options.Stored > 0)
        {
            await SweepTimeAsync(options, connectionString);
        }

        return 0;
    }

    private static async Task EndToEndAsync(Options options, string connectionString, LoopbackGraphSandbox graph)
    {
        var prefix = "bench" + Guid.NewGuid().ToString("N")[..8];
        var queue = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var tableRequests = new CountingPolicy();
        using var log = options.LogPath is null ? null : new FileLoggerProvider(options.LogPath);
        var seeding = Build(connectionString, prefix, queue, graph.GraphBaseUrl, tableRequests, log);
        var sandbox = graph.Sandbox;
        var now = TimeProvider.System.GetUtcNow();

        var seedWatch = Stopwatch.StartNew();
        var reps = Enumerable.Range(0, options.Mailboxes).Select(i => new RepId(Tenant, Guid.NewGuid())).ToList();
        foreach (var (rep, i) in reps.Select((r, i) => (r, i)))
        {
            sandbox.AddUser(new SandboxUser(rep.ObjectId.ToString("D"), $"bench{i}@sales.example", $"Bench Rep {i}",
                i % 2 == 0 ? "W. Europe Standard Time" : "Eastern Standard Time", new TimeOnly(9, 0), new TimeOnly(17, 0), SandboxUser.MondayToFriday));
        }

        await seeding.GetRequiredService<IContentLibrary>().ReplaceAsync(Tenant,
        [
            .. Enumerable.Range(0, 12).Select(i => new ContentItem
            {
                Id = $"item-{i:D2}",
                Title = $"Benchmark article {i}",
                Url = new Uri($"https://content.example/{i}"),
                Tags = [i % 2 == 0 ? "grow exports" : "cash flow"],
                AboutProduct = i % 3 == 0,
            }),
        ]);

        var kinds = new[] { StepKind.ThankYou, StepKind.FollowUp, StepKind.Callback };
        var plans = new List<PlanRecord>(options.Steps);
        for (var i = 0; i < options.Steps; i++)
        {
            var rep = reps[i % reps.Count];
            var mailbox = rep.ObjectId.ToString("D");
            var email = $"prospect{i}@contoso.example";
            var messageId = sandbox.AddInboxMessage(mailbox, new SandboxRecipient(email, $"Prospect {i}"), $"Re: Proposal {i}", "<p>Not now, thanks.</p>");
            var conversationId = sandbox.Messages(mailbox).First(m => m.Id == messageId).ConversationId;
            var mark = new NoMark("price", new Prospect(email, $"Prospect {i}", "Contoso"), SalesStage.Proposal, "Too expensive.",
                new ProspectTags(["grow exports"], ["cash flow"], []), CallbackAgreed: true);
            plans.Add(PlanRecord.New(rep, new ThreadRef(conversationId, messageId, null, $"Re: Proposal {i}"), mark,
                RepCalendar.Standard(i % 2 == 0 ? "W. Europe Standard Time" : "Eastern Standard Time"),
                [new PlanStep(1, kinds[i % kinds.Length], now.AddMinutes(-1 - (i % 50)))], now));
        }

        await seeding.GetRequiredService<PlanImport>().ImportAsync(plans, parallelism: 8);
        Console.WriteLine($"seeded {plans.Count} plans in {seedWatch.Elapsed.TotalSeconds:F1} s");

        sandbox.SetFaults(new SandboxFaults { LatencyMs = options.LatencyMs });
        var instances = Enumerable.Range(0, options.Instances).Select(_ => Build(connectionString, prefix, queue, graph.GraphBaseUrl, tableRequests, log)).ToList();
        tableRequests.Reset();

        var wall = Stopwatch.StartNew();
        var sweep = await instances[0].GetRequiredService<SweepJob>().SweepAsync(CancellationToken.None);
        var timerPart = wall.Elapsed;
        await Task.WhenAll(instances.Select(i => i.GetRequiredService<MailboxQueueListener>().DrainAsync(options.Receivers, CancellationToken.None)));
        wall.Stop();
        var tableTransactions = tableRequests.Count;

        var counters = sandbox.Counters;
        var done = counters.EventsCreated + counters.DraftsCreated + counters.RepliesCreated;
        var after = await instances[0].GetRequiredService<SweepJob>().SweepAsync(CancellationToken.None);
        var latency = TimeSpan.FromMilliseconds(options.LatencyMs);
        var byMailbox = counters.RequestsByMailbox;
        var ideal = byMailbox.Count == 0 ? TimeSpan.Zero : byMailbox.Values.Max() * latency / 4;

        // How well each mailbox's 4 slots were used while it was being worked: its ideal over the span of its requests.
        var spans = sandbox.Requests.Entries.GroupBy(e => e.Mailbox)
            .Select(g => (Ideal: g.Count() * latency / 4, Span: g.Max(e => e.At) - g.Min(e => e.At) + latency))
            .Select(m => m.Ideal / m.Span).ToList();

        Console.WriteLine();
        Console.WriteLine($"steps done                      {done} of {options.Steps} ({after.DueEntries} still due after the run)");
        Console.WriteLine($"wall time                       {wall.Elapsed.TotalSeconds:F2} s (timer part {timerPart.TotalMilliseconds:F0} ms: {sweep.DueEntries} due entries, {sweep.MailboxesEnqueued} messages)");
        Console.WriteLine($"Graph requests per step         {(double)counters.Requests / Math.Max(1, done):F2} ({counters.Requests} requests)");
        Console.WriteLine($"Table transactions per step     {(double)tableTransactions / Math.Max(1, done):F2} ({tableTransactions} requests to Table storage)");
        Console.WriteLine($"429s from our own concurrency   {counters.ConcurrencyThrottles} (MailboxConcurrency); injected faults: none");
        Console.WriteLine($"ideal time                      {ideal.TotalSeconds:F2} s (busiest mailbox: {(byMailbox.Count == 0 ? 0 : byMailbox.Values.Max())} requests x {options.LatencyMs} ms / 4)");
        Console.WriteLine($"efficiency (ideal / actual)     {ideal / wall.Elapsed:F3}");
        if (spans.Count > 0)
        {
            Console.WriteLine($"per-mailbox slot use            median {Median(spans):F2}, min {spans.Min():F2} (a mailbox's ideal / the span of its own requests)");
        }

        foreach (var instance in instances.Append(seeding))
        {
            await instance.DisposeAsync();
        }
    }

    /// <summary>What azd deploy uploads and a cold Flex Consumption instance unpacks: the ReadyToRun package scripts/test.sh publishes.</summary>
    private static string PublishedPackageSize()
    {
        var package = new DirectoryInfo(Path.Combine(RepositoryRoot.Find(), "artifacts", "functionapp"));
        if (!package.Exists)
        {
            return $"published Functions app: not found at {package.FullName} (scripts/test.sh publishes it)";
        }

        var files = package.GetFiles("*", SearchOption.AllDirectories);
        var ours = files.Where(f => f.Name.StartsWith("OutlookFollowUp.", StringComparison.Ordinal) && f.Extension == ".dll").Sum(f => f.Length);
        return $"published Functions app: {files.Sum(f => f.Length) / 1048576.0:F1} MiB in {files.Length} files "
            + $"(our ReadyToRun assemblies {ours / 1048576.0:F1} MiB), {package.FullName}";
    }

    /// <summary>The timer part alone (read the due index, queue one message per mailbox), with the same due work among few or many stored steps.</summary>
    private static async Task SweepTimeAsync(Options options, string connectionString)
    {
        const int due = 1_000;
        const int dueMailboxes = 50;
        Console.WriteLine();
        var small = await TimeSweepAsync(connectionString, due, stored: due, dueMailboxes);
        var large = await TimeSweepAsync(connectionString, due, stored: options.Stored, dueMailboxes);
        Console.WriteLine($"sweep time, {due:N0} due among {due:N0} stored       {small.TotalMilliseconds,8:F1} ms (median of 7)");
        Console.WriteLine($"sweep time, {due:N0} due among {options.Stored:N0} stored   {large.TotalMilliseconds,8:F1} ms (median of 7)");
        Console.WriteLine($"ratio                                       {large / small,8:F2}");
    }

    private static async Task<TimeSpan> TimeSweepAsync(string connectionString, int due, int stored, int dueMailboxes)
    {
        var prefix = "bench" + Guid.NewGuid().ToString("N")[..8];
        var queue = "bench-" + Guid.NewGuid().ToString("N")[..8];
        await using var services = Build(connectionString, prefix, queue, new Uri("http://127.0.0.1:9/graph/v1.0"), new CountingPolicy());
        var now = TimeProvider.System.GetUtcNow();
        var dueReps = Enumerable.Range(0, dueMailboxes).Select(_ => new RepId(Tenant, Guid.NewGuid())).ToList();
        var otherReps = Enumerable.Range(0, 500).Select(_ => new RepId(Tenant, Guid.NewGuid())).ToList();
        var plans = new List<PlanRecord>(stored);
        for (var i = 0; i < stored; i++)
        {
            var isDue = i < due;
            var rep = isDue ? dueReps[i % dueReps.Count] : otherReps[i % otherReps.Count];
            // Stored work that is not due spreads over the next 90 days, as real plans do.
            var dueAt = isDue ? now.AddMinutes(-1 - (i % 60)) : now.AddMinutes(10 + (i % (90 * 24 * 6)) * 10);
            var mark = new NoMark("price", new Prospect($"p{i}@contoso.example"), SalesStage.Proposal, null, ProspectTags.None, false);
            plans.Add(PlanRecord.New(rep, new ThreadRef($"conversation-{prefix}-{i}", $"item-{i}", null, null), mark,
                RepCalendar.Standard("UTC"), [new PlanStep(1, StepKind.FollowUp, dueAt)], now));
        }

        var seedWatch = Stopwatch.StartNew();
        await services.GetRequiredService<PlanImport>().ImportAsync(plans, parallelism: 8);
        Console.WriteLine($"seeded {stored:N0} plans ({due:N0} due) in {seedWatch.Elapsed.TotalSeconds:F1} s");

        var sweep = services.GetRequiredService<SweepJob>();
        await sweep.SweepAsync(CancellationToken.None); // warm-up: creates the queue, JIT
        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var result = await sweep.SweepAsync(CancellationToken.None);
            if (result.DueEntries != due)
            {
                throw new InvalidOperationException($"Expected {due} due entries, read {result.DueEntries}.");
            }

            times.Add(result.Elapsed.TotalMilliseconds);
        }

        return TimeSpan.FromMilliseconds(Median(times));
    }

    private static ServiceProvider Build(
        string connectionString, string prefix, string queue, Uri graphBaseUrl, CountingPolicy tableRequests, FileLoggerProvider? log = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b =>
        {
            b.AddConsole().SetMinimumLevel(log is null ? LogLevel.Warning : LogLevel.Information).AddFilter("Azure", LogLevel.Warning);
            if (log is not null)
            {
                // With a log file, the console keeps to warnings and the file gets every sweep and mailbox line.
                b.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning).AddProvider(log);
            }
        });
        services.AddSweepWorker(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = prefix,
            ["Graph:BaseUrl"] = graphBaseUrl.ToString(),
            ["Queues:Sweep"] = queue,
            ["Jobs:MaxStepsPerMessage"] = "500",
        });
        // The same client as storage registers, with a policy that counts every request it sends (a batch is one).
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(tableRequests, HttpPipelinePosition.PerRetry);
        services.AddSingleton(new TableServiceClient(connectionString, tableOptions));
        return services.BuildServiceProvider();
    }

    /// <summary>Every log line to one file (<c>--log</c>), for looking into a run afterwards.</summary>
    private sealed class FileLoggerProvider(string path) : ILoggerProvider
    {
        private readonly StreamWriter _writer = new(path, append: false) { AutoFlush = true };
        private readonly Lock _gate = new();

        public ILogger CreateLogger(string categoryName) => new FileLogger(this, categoryName[(categoryName.LastIndexOf('.') + 1)..]);

        public void Dispose() => _writer.Dispose();

        private void Write(string line)
        {
            lock (_gate)
            {
                _writer.WriteLine(line);
            }
        }

        private sealed class FileLogger(FileLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                provider.Write($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed class CountingPolicy : HttpPipelineSynchronousPolicy
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
    }

    private sealed record Options(int Steps, int Mailboxes, int LatencyMs, int Instances, int Receivers, int Stored, string? ConnectionString, string? LogPath)
    {
        public static Options Parse(string[] args)
        {
            string? Value(string name)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
            }

            int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

            return new Options(Number("--steps", 10_000), Number("--mailboxes", 500), Number("--latency-ms", 50),
                Number("--instances", 4), Number("--receivers", 32), Number("--stored", 100_000), Value("--connection-string"), Value("--log"));
        }
    }
}
