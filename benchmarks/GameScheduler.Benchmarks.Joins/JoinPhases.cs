using System.Diagnostics;
using GameScheduler.Benchmarks.Graph;

namespace GameScheduler.Benchmarks.Joins;

/// <summary>
/// One measured phase: the joins' answers, the game.updated events they put on the broker, and the CPU time each
/// measured process used from the phase's start until its last event arrived.
/// </summary>
internal sealed record PhaseResult(
    string Name,
    string Load,
    LoadResult Joins,
    int Events,
    double EventsPerSecond,
    double LastEventAfterLastAnswerMs,
    IReadOnlyDictionary<string, TimeSpan> Cpu)
{
    public double CpuMsPerJoin(string process) => Cpu[process].TotalMilliseconds / Joins.Sent;
}

/// <summary>
/// The relay draining what piled up while the broker was down: how long after the broker was started the last event
/// arrived (the broker's boot and the relay's next retry included), and the relay's rate from the first event after
/// the restart to the last.
/// </summary>
internal sealed record BacklogResult(int Joins, int Succeeded, int Events, TimeSpan AllDeliveredAfterStart, TimeSpan Drain)
{
    public double EventsPerSecond => Events / Drain.TotalSeconds;
}

/// <summary>Runs the benchmark's phases, each waiting for its events to reach the broker before the next starts.</summary>
internal sealed class JoinPhases(JoinLoad load, BrokerEventCounter events, MeasuredProcesses processes, JoinBenchmarkSettings settings)
{
    private static readonly TimeSpan EventWait = TimeSpan.FromSeconds(90);

    public Task<PhaseResult> OpenLoopAsync(string name, IReadOnlyList<JoinRequest> joins, CancellationToken ct) =>
        OpenLoopAsync(name, joins, settings.Rate, ct);

    public Task<PhaseResult> OpenLoopAsync(string name, IReadOnlyList<JoinRequest> joins, double rate, CancellationToken ct) =>
        MeasureAsync(name, $"{rate:F0}/s offered", () => load.OpenLoopAsync(joins, rate, ct));

    public Task<PhaseResult> ClosedLoopAsync(string name, IReadOnlyList<JoinRequest> joins, CancellationToken ct) =>
        MeasureAsync(name, $"{settings.Concurrency} in flight", () => load.ClosedLoopAsync(joins, settings.Concurrency, ct));

    /// <summary>Joins with the broker stopped (the outbox keeps every event), then times the relay's drain once it is started again.</summary>
    public async Task<BacklogResult> BacklogAsync(BenchmarkGraph graph, IReadOnlyList<JoinRequest> joins, CancellationToken ct)
    {
        var before = events.Count;
        await graph.SetBrokerRunningAsync(running: false);
        var result = await load.ClosedLoopAsync(joins, settings.Concurrency, ct);
        var brokerStarted = Stopwatch.GetTimestamp();
        await graph.SetBrokerRunningAsync(running: true);
        var arrivals = await events.WaitForAsync(before, result.Succeeded, EventWait);
        var lastArrival = arrivals.LastArrivedAt ?? Stopwatch.GetTimestamp();
        return new BacklogResult(joins.Count, result.Succeeded, arrivals.Received,
            Stopwatch.GetElapsedTime(brokerStarted, lastArrival),
            Stopwatch.GetElapsedTime(arrivals.FirstArrivedAt ?? lastArrival, lastArrival));
    }

    private async Task<PhaseResult> MeasureAsync(string name, string loadDescription, Func<Task<LoadResult>> run)
    {
        var before = events.Count;
        var cpu = processes.Cpu();
        var started = Stopwatch.GetTimestamp();
        var joins = await run();
        var arrivals = await events.WaitForAsync(before, joins.Succeeded, EventWait);
        var lastArrival = arrivals.LastArrivedAt ?? Stopwatch.GetTimestamp();
        return new PhaseResult(name, loadDescription, joins, arrivals.Received,
            arrivals.Received / Stopwatch.GetElapsedTime(started, lastArrival).TotalSeconds,
            Stopwatch.GetElapsedTime(joins.LastAnsweredAt, lastArrival).TotalMilliseconds, processes.CpuSince(cpu));
    }
}
