namespace GameScheduler.Benchmarks.Sse.Client;

/// <summary>Prints the results as Markdown tables (in the invariant culture), one row per run, then the naive/indexed ratios.</summary>
internal static class Report
{
    public static void PrintHeader(BenchmarkSettings settings) => Console.WriteLine(
        $"""
        SSE fan-out benchmark: {settings.PerGuild} streams per guild, {settings.Rate} events/s, {settings.Events} events per run,
        server = the Api's Realtime registry, fan-out, guild membership and replay buffer in its own process (Valkey real, sessions and
        Discord replaced by a header and one synthetic guild per user), clients on loopback in this process; {Environment.ProcessorCount} cores.

        | strategy | streams | guilds | http | p50 ms | p99 ms | received | lost | extra | out of order | CPU ms/event | handle µs mean | handle µs p99 | idle CPU % | heap KB/stream | RSS KB/stream |
        |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
        """);

    public static void PrintRow(RunResult run) => Console.WriteLine(
        $"| {run.Strategy} | {run.ConnectionsHeld:N0} | {run.Guilds} | {(run.Http2 ? "h2" : "1.1")} | {run.Delivery.P50Ms:F1} | {run.Delivery.P99Ms:F1} | " +
        $"{run.Delivery.Received:N0} | {run.Delivery.Lost} | {run.Delivery.Extra} | {run.Delivery.OutOfOrder} | {run.CpuMsPerEvent:F3} | " +
        $"{run.Handling.MeanHandleMicroseconds:F0} | {run.Handling.P99HandleMicroseconds:F0} | {run.IdleCpuPercent:F1} | " +
        $"{run.ManagedKbPerConnection:F1} | {run.RssKbPerConnection:F1} |");

    public static void PrintRatios(IReadOnlyList<RunResult> runs)
    {
        Console.WriteLine();
        Console.WriteLine("| streams | p99 naive/indexed | CPU per event naive/indexed | handle time naive/indexed |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var size in runs.Select(run => run.Connections).Distinct())
        {
            var indexed = runs.SingleOrDefault(run => run.Connections == size && run.Strategy == FanOutStrategy.Indexed);
            var naive = runs.SingleOrDefault(run => run.Connections == size && run.Strategy == FanOutStrategy.Naive);
            if (indexed is not null && naive is not null)
            {
                Console.WriteLine(
                    $"| {size:N0} | {naive.Delivery.P99Ms / indexed.Delivery.P99Ms:F1}x | {naive.CpuMsPerEvent / indexed.CpuMsPerEvent:F1}x | " +
                    $"{naive.Handling.MeanHandleMicroseconds / indexed.Handling.MeanHandleMicroseconds:F1}x |");
            }
        }
    }
}
