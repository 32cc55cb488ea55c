using GameScheduler.Core.Data;
using Npgsql;

namespace GameScheduler.Core.Tests.Database;

public sealed class ConnectionTuningTests
{
    [Fact]
    public void Adds_statement_preparation_and_a_pool_cap_to_a_plain_connection_string()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ConnectionTuning.Apply("Host=db;Username=app;Password=secret"));

        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.Equal(2, tuned.AutoPrepareMinUsages);
        Assert.Equal(8 * Environment.ProcessorCount + 8, tuned.MaxPoolSize);
        Assert.Equal(("db", "app", "secret"), (tuned.Host, tuned.Username, tuned.Password));
    }

    [Fact]
    public void Keeps_what_the_connection_string_sets_itself()
    {
        var tuned = new NpgsqlConnectionStringBuilder(
            ConnectionTuning.Apply("Host=db;Max Auto Prepare=10;Auto Prepare Min Usages=3;Maximum Pool Size=7"));

        Assert.Equal(10, tuned.MaxAutoPrepare);
        Assert.Equal(3, tuned.AutoPrepareMinUsages);
        Assert.Equal(7, tuned.MaxPoolSize);
    }

    [Fact]
    public void Leaves_a_missing_connection_string_missing() => Assert.Null(ConnectionTuning.Apply(null));
}
