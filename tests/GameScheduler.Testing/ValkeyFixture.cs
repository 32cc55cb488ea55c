using System.Diagnostics;
using GameScheduler.AppHost.Infrastructure;
using StackExchange.Redis;

namespace GameScheduler.Testing;

/// <summary>A throwaway Valkey (or Redis) server for the tests, on a free port and in memory only.</summary>
public sealed class ValkeyFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(10);
    private Process? server;

    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = LocalProcess.FreePort();
        server = LocalProcess.Start(SystemPrograms.RedisCompatibleServer(),
            ["--port", port.ToString(), "--save", "", "--appendonly", "no", "--bind", "127.0.0.1"]);
        Connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},abortConnect=false,connectRetry=10")
            .WaitAsync(StartupTimeout);
        await Eventually.HoldsAsync(() => Connection.IsConnected, StartupTimeout, $"the Valkey server on port {port} accepts the connection");
    }

    public async Task DisposeAsync()
    {
        await Connection.DisposeAsync();
        if (server is null) return;
        server.Kill();
        await server.WaitForExitAsync().WaitAsync(StartupTimeout);
        server.Dispose();
    }
}
