namespace OutlookFollowUp.Benchmarks;

/// <summary>
/// Run on demand, not in the tests:
/// <c>dotnet run -c Release --project tests/OutlookFollowUp.Benchmarks -- mark-latency [requests=500]</c>.
/// (Not named Program: that name is the dev host's entry point, which WebApplicationFactory hosts.)
/// </summary>
internal static class BenchmarkCommands
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "mark-latency" => await MarkLatency.RunAsync([.. args.Skip(1)]),
        "sweep" => await SweepBenchmark.RunAsync([.. args.Skip(1)]),
        "replies" => await RepliesBenchmark.RunAsync([.. args.Skip(1)]),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("usage: dotnet run -c Release --project tests/OutlookFollowUp.Benchmarks -- mark-latency [requests=500]");
        return 2;
    }
}
