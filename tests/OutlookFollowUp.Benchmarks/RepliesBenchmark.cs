using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Scheduling;
using OutlookFollowUp.GraphSandbox.Faults;
using OutlookFollowUp.GraphSandbox.State;
using OutlookFollowUp.Jobs.Replies;
using OutlookFollowUp.Storage;
using OutlookFollowUp.Storage.Plans;
using OutlookFollowUp.Testing;

namespace OutlookFollowUp.Benchmarks;

/// <summary>
/// The reply check at two sizes in one run: a tenth of N active plans, then N, over M mailboxes, seeded in Azurite with
/// a thread each in the Graph sandbox (on loopback, with a set latency); one in ten threads has the prospect's reply and
/// one in ten an out-of-office. Prints Graph requests per active plan (the design says one query per plan plus one
/// PATCH per reply) and the time per plan at each size, and their ratios: a bounded cost grows linearly, so both ratios
/// stay near 1.
/// <c>dotnet run -c Release --project tests/OutlookFollowUp.Benchmarks -- replies [--plans 2000 --mailboxes 50 --latency-ms 20 --connection-string …]</c>
/// </summary>
internal static class RepliesBenchmark
{
    private static readonly Guid Tenant = new("5eeb0000-0000-4000-8000-000000000002");

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        Console.WriteLine($"replies: {options.Plans / 10} then {options.Plans} active plans over {options.Mailboxes} mailboxes, sandbox latency "
            + $"{options.LatencyMs} ms, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        await using var azurite = options.ConnectionString is null ? await AzuriteProcess.StartAsync() : null;
        var connectionString = options.ConnectionString ?? azurite!.ConnectionString;
        await using var graph = await LoopbackGraphSandbox.StartAsync();

        var small = await RunOnceAsync(Math.Max(1, options.Plans / 10), options, connectionString, graph);
        var large = await RunOnceAsync(options.Plans, options, connectionString, graph);

        Console.WriteLine();
        Console.WriteLine($"{"active plans",-28}{small.Plans,12}{large.Plans,12}{"ratio",10}");
        Console.WriteLine($"{"Graph requests per plan",-28}{small.RequestsPerPlan,12:F3}{large.RequestsPerPlan,12:F3}{large.RequestsPerPlan / small.RequestsPerPlan,10:F2}");
        Console.WriteLine($"{"ms per plan",-28}{small.MsPerPlan,12:F2}{large.MsPerPlan,12:F2}{large.MsPerPlan / small.MsPerPlan,10:F2}");
        Console.WriteLine($"{"re-engaged / shifted",-28}{$"{small.Reengaged}/{small.Shifted}",12}{$"{large.Reengaged}/{large.Shifted}",12}");
        Console.WriteLine($"{"429s from our concurrency",-28}{small.SelfThrottles,12}{large.SelfThrottles,12}");
        return 0;
    }

    private static async Task<Run> RunOnceAsync(int count, Options options, string connectionString, LoopbackGraphSandbox graph)
    {
        var sandbox = graph.Sandbox;
        sandbox.Reset(seedDemo: false);
        await using var services = Build(connectionString, "bench" + Guid.NewGuid().ToString("N")[..8], graph.GraphBaseUrl);
        var markedAt = TimeProvider.System.GetUtcNow().AddDays(-1);
        var reps = Enumerable.Range(0, options.Mailboxes).Select(_ => new RepId(Tenant, Guid.NewGuid())).ToList();
        foreach (var (rep, i) in reps.Select((r, i) => (r, i)))
        {
            sandbox.AddUser(new SandboxUser(rep.ObjectId.ToString("D"), $"bench{i}.{rep.ObjectId:N}@sales.example", $"Bench Rep {i}",
                "W. Europe Standard Time", new TimeOnly(9, 0), new TimeOnly(17, 0), SandboxUser.MondayToFriday));
        }

        var plans = new List<PlanRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var rep = reps[i % reps.Count];
            var mailbox = rep.ObjectId.ToString("D");
            var prospect = new SandboxRecipient($"prospect{i}@contoso{i}.example", $"Prospect {i}");
            var messageId = sandbox.AddInboxMessage(mailbox, prospect, $"Re: Proposal {i}", "<p>Not now, thanks.</p>", markedAt.AddHours(-1));
            var conversationId = sandbox.Messages(mailbox).First(m => m.Id == messageId).ConversationId;
            var mark = new NoMark("price", new Prospect(prospect.Address, prospect.Name, "Contoso"), SalesStage.Proposal, null, ProspectTags.None, false);
            plans.Add(PlanRecord.New(rep, new ThreadRef(conversationId, messageId, null, $"Re: Proposal {i}", GraphConversationId: conversationId), mark,
                RepCalendar.Standard("W. Europe Standard Time"), [new PlanStep(1, StepKind.FollowUp, markedAt.AddDays(20))], markedAt));
            switch (i % 10)
            {
                case 3:
                    sandbox.AddReplyToThread(mailbox, conversationId, prospect, $"RE: Proposal {i}", "<p>Can we talk after all?</p>", null, markedAt.AddHours(2));
                    break;
                case 7:
                    sandbox.AddReplyToThread(mailbox, conversationId, prospect, $"Automatic reply: Proposal {i}", "<p>I am out of the office.</p>",
                        [KeyValuePair.Create("Auto-Submitted", "auto-replied")], markedAt.AddHours(2));
                    break;
            }
        }

        await services.GetRequiredService<PlanImport>().ImportAsync(plans, parallelism: 8);
        sandbox.SetFaults(new SandboxFaults { LatencyMs = options.LatencyMs });
        var before = sandbox.Counters.Requests;
        var result = await services.GetRequiredService<RepliesJob>().CheckAsync(CancellationToken.None);
        var requests = sandbox.Counters.Requests - before;
        sandbox.SetFaults(SandboxFaults.None);
        if (result.Checked != count || result.Failed != 0)
        {
            throw new InvalidOperationException($"Expected {count} plans checked without failures; got {result}.");
        }

        Console.WriteLine($"{count} plans: {requests} Graph requests, {result.Elapsed.TotalSeconds:F2} s ({result.Reengaged} re-engaged, {result.Shifted} shifted)");
        return new Run(count, (double)requests / count, result.Elapsed.TotalMilliseconds / count, result.Reengaged, result.Shifted,
            sandbox.Counters.ConcurrencyThrottles);
    }

    private static ServiceProvider Build(string connectionString, string prefix, Uri graphBaseUrl)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSweepWorker(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = prefix,
            ["Graph:BaseUrl"] = graphBaseUrl.ToString(),
        });
        return services.BuildServiceProvider();
    }

    private sealed record Run(int Plans, double RequestsPerPlan, double MsPerPlan, int Reengaged, int Shifted, int SelfThrottles);

    private sealed record Options(int Plans, int Mailboxes, int LatencyMs, string? ConnectionString)
    {
        public static Options Parse(string[] args)
        {
            string? Value(string name)
            {
                var i = Array.IndexOf(args, name);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
            }

            int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

            return new Options(Number("--plans", 2_000), Number("--mailboxes", 50), Number("--latency-ms", 20), Value("--connection-string"));
        }
    }
}
