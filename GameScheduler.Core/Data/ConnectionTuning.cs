using Npgsql;

namespace GameScheduler.Core.Data;

/// <summary>The pool and statement settings the Api and the Bot add to the connection string they are given.</summary>
public static class ConnectionTuning
{
    /// <summary>
    /// Prepares statements after their second use: a join runs the same few statements every time, and prepared,
    /// PostgreSQL does not parse and plan each one again. Caps the pool at a few connections per core: requests beyond
    /// it wait in the pool rather than as extra PostgreSQL backends, each with cold caches and its own prepared
    /// statements. A connection string that sets any of these to other than Npgsql's default keeps its value.
    /// </summary>
    public static string? Apply(string? connectionString)
    {
        if (connectionString is null) return null;
        var defaults = new NpgsqlConnectionStringBuilder();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == defaults.MaxAutoPrepare) builder.MaxAutoPrepare = 64;
        if (builder.AutoPrepareMinUsages == defaults.AutoPrepareMinUsages) builder.AutoPrepareMinUsages = 2;
        if (builder.MaxPoolSize == defaults.MaxPoolSize) builder.MaxPoolSize = 8 * Environment.ProcessorCount + 8;
        return builder.ConnectionString;
    }
}
