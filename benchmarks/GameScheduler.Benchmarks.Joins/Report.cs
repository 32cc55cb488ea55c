using System.Reflection;

namespace GameScheduler.Benchmarks.Joins;

/// <summary>Prints the results as Markdown tables (in the invariant culture).</summary>
internal static class Report
{
    /// <summary>The keys of the processes whose CPU time per join is reported.</summary>
    public const string Api = "api";

    public const string PostgreSql = "postgres";

    /// <summary>The services run in the configuration the AppHost, and so this program, was built in.</summary>
    private static readonly string BuildConfiguration =
        typeof(Report).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "unknown";

    public static void PrintHeader(JoinBenchmarkSettings settings) => Console.WriteLine(
        $"""
        Join benchmark: one Api instance (the AppHost's, {BuildConfiguration} build) over HTTP on loopback, real PostgreSQL, Valkey and
        RabbitMQ as local processes, {settings.Users:N0} players logged in through the Discord emulator; each spread phase joins
        {settings.Games} new games (max {settings.MaxPlayers} players, the rest waitlisted), each hot phase one new game that every
        player joins; load generator in this process; {Environment.ProcessorCount} cores.
        Latency: from when a join was due (open loop) or sent (closed loop) to its whole answer. Events: game.updated
        messages reaching RabbitMQ, counted by a queue of this benchmark's own. CPU: user and system time from /proc of
        the Api's and PostgreSQL's processes and everything they started, from a phase's start to its last event, per join sent.

        | phase | load | joins | ok | failed | joins/s | p50 ms | p99 ms | max ms | events | events/s | last event after last answer ms | Api CPU ms/join | PostgreSQL CPU ms/join |
        |---|---|---|---|---|---|---|---|---|---|---|---|---|---|
        """);

    public static void PrintPhase(PhaseResult phase)
    {
        var joins = phase.Joins;
        var failures = joins.Failures.Count == 0 ? "0"
            : string.Join(", ", joins.Failures.Select(failure => $"{failure.Value} × {(int)failure.Key}"));
        Console.WriteLine(
            $"| {phase.Name} | {phase.Load} | {joins.Sent:N0} | {joins.Succeeded:N0} | {failures} | {joins.JoinsPerSecond:F0} | " +
            $"{joins.P50Ms:F1} | {joins.P99Ms:F1} | {joins.MaxMs:F1} | {phase.Events:N0} | {phase.EventsPerSecond:F0} | " +
            $"{phase.LastEventAfterLastAnswerMs:F0} | {phase.CpuMsPerJoin(Api):F2} | {phase.CpuMsPerJoin(PostgreSql):F2} |");
    }

    public static void PrintBacklog(BacklogResult backlog) => Console.WriteLine(
        $"""

        Outbox relay draining a backlog (joins made with RabbitMQ stopped; the drain timed from the first event after the
        restart to the last):

        | joins while broker down | ok | events delivered | all delivered s after broker start | drain s | events/s |
        |---|---|---|---|---|---|
        | {backlog.Joins:N0} | {backlog.Succeeded:N0} | {backlog.Events:N0} | {backlog.AllDeliveredAfterStart.TotalSeconds:F2} | {backlog.Drain.TotalSeconds:F2} | {backlog.EventsPerSecond:F0} |
        """);
}
