using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GameScheduler.Core.Tests.Database;

/// <summary>
/// A throwaway PostgreSQL 15 server for the tests, on a free port in its own folder. The schema is migrated once into
/// a template database; each test gets a fresh copy of it. PostgreSQL refuses to run as root, so as root its programs
/// run as the postgres user (the folder is 0755 so that user can enter it).
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private readonly string runDirectory = Path.Combine(Path.GetTempPath(), $"gamescheduler-core-tests-{Guid.NewGuid():N}");
    private Process? server;

    private const string TemplateDatabase = "gamescheduler_template";

    private string serverConnectionString = "";

    /// <summary>Creates an empty, migrated database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var name = $"test_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE {name} TEMPLATE {TemplateDatabase}", cancellationToken);
        return DatabaseConnectionString(name);
    }

    public static GameSchedulerDbContext CreateDbContext(string connectionString) =>
        new(new DbContextOptionsBuilder<GameSchedulerDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())
            .UseGameSchedulerConventions()
            .Options);

    public async Task InitializeAsync()
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("The database tests run Debian's PostgreSQL 15 packages.");
        using var timeout = new CancellationTokenSource(StartupTimeout);
        var dataDirectory = Path.Combine(runDirectory, "data");
        Directory.CreateDirectory(runDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (Environment.IsPrivilegedProcess) await RunToEndAsync("chown", ["postgres:postgres", runDirectory], timeout.Token);

        await RunToEndAsync(PostgresProgram("initdb", "-D", dataDirectory, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"), timeout.Token);

        var port = FreePort();
        var (fileName, arguments) = PostgresProgram("postgres", "-D", dataDirectory, "-p", port.ToString(), "-k", runDirectory,
            "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=300");
        server = Process.Start(StartInfo(fileName, arguments)) ?? throw new InvalidOperationException("postgres did not start.");
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();

        serverConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Pooling=false";
        await WaitUntilAcceptingAsync(serverConnectionString, timeout.Token);
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
        if (Directory.Exists(runDirectory)) Directory.Delete(runDirectory, recursive: true);
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
        var path = Path.Combine(BinDirectory, program);
        return Environment.IsPrivilegedProcess
            ? ("setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", path, .. arguments])
            : (path, arguments);
    }

    private static async Task RunToEndAsync(string fileName, string[] arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo(fileName, arguments)) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }

    private static async Task RunToEndAsync((string FileName, string[] Arguments) program, CancellationToken cancellationToken) =>
        await RunToEndAsync(program.FileName, program.Arguments, cancellationToken);

    private static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        return startInfo;
    }

    private static async Task WaitUntilAcceptingAsync(string connectionString, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException) when (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
