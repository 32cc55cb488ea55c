using System.Diagnostics;
using StackExchange.Redis;

namespace GameScheduler.Testing;

/// <summary>
/// A throwaway Valkey (or Redis) server on a free port, in memory only. Each test project shares one through a
/// collection named <see cref="CollectionName"/>, which xunit needs defined in that project.
/// </summary>
public sealed class ValkeyServer : IAsyncLifetime
{
    public const string CollectionName = "valkey";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(10);
    private Process? _server;

    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = LocalProcess.FreePort();
        _server = Process.Start(new ProcessStartInfo(ServerProgram(), $"--port {port} --save \"\" --appendonly no --bind 127.0.0.1")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("The Valkey server did not start.");
        _server.OutputDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();

        using var startup = new CancellationTokenSource(StartupTimeout);
        Connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},abortConnect=false,connectRetry=10")
            .WaitAsync(startup.Token);
        while (!Connection.IsConnected)
        {
            await Task.Delay(50, startup.Token);
        }
    }

    public async Task DisposeAsync()
    {
        await Connection.DisposeAsync();
        _server?.Kill();
        _server?.Dispose();
    }

    private static string ServerProgram() =>
        new[] { "valkey-server", "redis-server" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Neither valkey-server nor redis-server is installed (Debian: apt-get install redis-server).");
}
