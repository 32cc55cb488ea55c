using System.Diagnostics;
using GameScheduler.AppHost.Infrastructure;
using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GameScheduler.Testing;

/// <summary>
/// A throwaway PostgreSQL server (the newest installed) for the tests, on a free port in its own folder. The schema is migrated once into
/// a template database; each test gets a fresh copy of it. PostgreSQL refuses to run as root, so as root its programs
/// run as the postgres user (the folder is 0755 so that user can enter it).
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private const string TemplateDatabase = "gamescheduler_template";
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private string? runDirectory;
    private Process? server;
    private string serverConnectionString = "";

    /// <summary>Creates an empty, migrated database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var name = $"test_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE {name} TEMPLATE {TemplateDatabase}", cancellationToken);
        return DatabaseConnectionString(name);
    }

    /// <summary>
    /// Drops a database made by <see cref="CreateDatabaseAsync"/> with its pooled connections: otherwise every test's idle
    /// pool stays open and a long suite runs the server out of connections.
    /// </summary>
    public async Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", cancellationToken);
    }

    private static GameSchedulerDbContext CreateDbContext(string connectionString) =>
        new(new DbContextOptionsBuilder<GameSchedulerDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())
            .UseGameSchedulerConventions()
            .Options);

    public async Task InitializeAsync()
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("The database tests run Debian's PostgreSQL packages.");
        using var timeout = new CancellationTokenSource(StartupTimeout);
        runDirectory = LocalProcess.CreateRunDirectory("gamescheduler-postgres");
        var dataDirectory = Path.Combine(runDirectory, "data");
        if (SystemPrograms.RunningAsRoot) await LocalProcess.RunToEndAsync("chown", ["postgres:postgres", runDirectory], timeout.Token);

        var initdb = PostgresProgram("initdb", "-D", dataDirectory, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8");
        await LocalProcess.RunToEndAsync(initdb.FileName, initdb.Arguments, timeout.Token);

        var port = LocalProcess.FreePort();
        var postgres = PostgresProgram("postgres", "-D", dataDirectory, "-p", port.ToString(), "-k", runDirectory,
            "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=300");
        server = LocalProcess.Start(postgres.FileName, postgres.Arguments);

        serverConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Pooling=false";
        await Eventually.HoldsAsync(() => AcceptsConnectionsAsync(serverConnectionString), StartupTimeout, $"PostgreSQL accepts connections on port {port}");
        await ExecuteOnServerAsync($"CREATE DATABASE {TemplateDatabase}", timeout.Token);

        // Unpooled, so no connection lingers on the template: CREATE DATABASE ... TEMPLATE needs it idle.
        await using var db = CreateDbContext(DatabaseConnectionString(TemplateDatabase, pooling: false));
        await db.Database.MigrateAsync(timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        server?.Dispose();
        if (runDirectory is not null && Directory.Exists(runDirectory)) Directory.Delete(runDirectory, recursive: true);
    }

    private string DatabaseConnectionString(string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database, Pooling = pooling, MaxPoolSize = 250 }.ConnectionString;

    private async Task ExecuteOnServerAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static (string FileName, string[] Arguments) PostgresProgram(string program, params string[] arguments)
    {
        var path = Path.Combine(SystemPrograms.PostgresBinDirectory(), program);
        return SystemPrograms.RunningAsRoot
            ? ("setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", path, .. arguments])
            : (path, arguments);
    }

    private static async Task<bool> AcceptsConnectionsAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }
}
