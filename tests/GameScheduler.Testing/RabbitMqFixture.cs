using System.Diagnostics;
using GameScheduler.AppHost.Infrastructure;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace GameScheduler.Testing;

/// <summary>
/// A throwaway RabbitMQ node for the tests, on free ports with its own folder (the broker is started directly, not
/// through Debian's wrapper, which switches user). Tests may stop and start it again: the node keeps its name, ports
/// and data, so durable queues and their messages survive, as after a real broker restart.
/// </summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    private readonly int port = LocalProcess.FreePort();
    private readonly int distributionPort = LocalProcess.FreePort();
    private readonly string nodeName = $"gamescheduler-tests-{Guid.NewGuid():N}@localhost";
    private string? runDirectory;
    private Process? server;

    /// <summary>The broker's address with the guest account, which RabbitMQ accepts from localhost.</summary>
    public Uri Uri => new($"amqp://guest:guest@127.0.0.1:{port}/");

    public bool IsRunning => server is { HasExited: false };

    public async Task InitializeAsync()
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("The broker tests run Debian's rabbitmq-server package.");
        runDirectory = LocalProcess.CreateRunDirectory("gamescheduler-rabbitmq");
        await File.WriteAllTextAsync(Path.Combine(runDirectory, "plugins"), "[].");
        await StartAsync();
    }

    /// <summary>Starts the node (again) and returns once it accepts AMQP connections.</summary>
    public async Task StartAsync()
    {
        if (IsRunning) throw new InvalidOperationException("The broker is already running.");
        server?.Dispose();
        var started = LocalProcess.Start(SystemPrograms.RabbitMQServer(), [], ServerEnvironment());
        server = started;
        await Eventually.HoldsAsync(() => AcceptsConnectionsAsync(started), StartupTimeout, $"RabbitMQ accepts connections on port {port}");
    }

    /// <summary>Shuts the node down as a service manager would (SIGTERM) and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (server is null) return;
        await LocalProcess.StopAsync(server, StopGrace);
    }

    /// <summary>Drops every client connection while the broker stays up, as a network failure would.</summary>
    public Task CloseAllConnectionsAsync(CancellationToken cancellationToken) =>
        // The command line tool finds the node through epmd and authenticates with the Erlang cookie in HOME.
        LocalProcess.RunToEndAsync(SystemPrograms.RabbitMQControl(), ["-n", nodeName, "close_all_connections", "dropped by a test"], cancellationToken,
            new Dictionary<string, string> { ["HOME"] = runDirectory ?? throw new InvalidOperationException("The fixture is not initialized.") });

    public async Task DisposeAsync()
    {
        await StopAsync();
        server?.Dispose();
        if (runDirectory is not null && Directory.Exists(runDirectory)) Directory.Delete(runDirectory, recursive: true);
    }

    private Dictionary<string, string> ServerEnvironment()
    {
        var directory = runDirectory ?? throw new InvalidOperationException("The fixture is not initialized.");
        return new()
        {
            ["RABBITMQ_NODENAME"] = nodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(),
            // Must be set: its default, node port + 20000, overflows for high ports.
            ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "plugins"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(directory, "pid"),
            // The Erlang cookie is written to HOME.
            ["HOME"] = directory,
        };
    }

    private async Task<bool> AcceptsConnectionsAsync(Process process)
    {
        if (process.HasExited) throw new InvalidOperationException($"rabbitmq-server exited with {process.ExitCode}; see {runDirectory}/log.");
        try
        {
            await using var connection = await new ConnectionFactory { Uri = Uri, AutomaticRecoveryEnabled = false }.CreateConnectionAsync();
            return true;
        }
        catch (BrokerUnreachableException)
        {
            return false;
        }
    }
}
