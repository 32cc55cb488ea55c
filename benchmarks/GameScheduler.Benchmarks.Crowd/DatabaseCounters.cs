using Npgsql;

namespace GameScheduler.Benchmarks.Crowd;

/// <summary>
/// The database's statement count from <c>pg_stat_database</c>: the graph's PostgreSQL runs without
/// <c>pg_stat_statements</c> (it would have to be preloaded at the server's start), so transactions stand in for
/// statements. The services' reads are single statements in transactions of their own; a write's several statements
/// in one transaction count once.
/// </summary>
internal static class DatabaseCounters
{
    /// <summary>
    /// A backend reports its counts when it goes idle, at most once a second, and otherwise within ten seconds; a
    /// reading this long after the load ended holds all of them.
    /// </summary>
    public static readonly TimeSpan ReportDelay = TimeSpan.FromSeconds(11);

    public static async Task<long> TransactionsAsync(string connectionString, CancellationToken ct)
    {
        // A new connection each time: a session caches the statistics it read for the rest of its transaction.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()", connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
