using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GameScheduler.Benchmarks.Sse.Client;

/// <summary>A process the benchmark starts and stops: the Valkey server and each server under test.</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lastLines = new();

    private ChildProcess(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        _process.OutputDataReceived += (_, line) => Remember(line.Data);
        _process.ErrorDataReceived += (_, line) => Remember(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts the program and waits until something accepts connections on <paramref name="port"/>.</summary>
    public static async Task<ChildProcess> StartAsync(string program, IEnumerable<string> arguments, int port)
    {
        var child = new ChildProcess(program, arguments);
        var deadline = DateTimeOffset.UtcNow + StartupTimeout;
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return child;
            }
            catch (SocketException) when (DateTimeOffset.UtcNow < deadline && !child._process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                var output = string.Join(Environment.NewLine, child._lastLines);
                await child.DisposeAsync();
                throw new InvalidOperationException($"{program} did not listen on port {port} within {StartupTimeout}:{Environment.NewLine}{output}");
            }
        }
    }

    /// <summary>
    /// Starts this program again with <paramref name="arguments"/>, as its own apphost or, when it was started as
    /// <c>dotnet GameScheduler.Benchmarks.Sse.dll</c>, through the same dotnet host.
    /// </summary>
    public static Task<ChildProcess> StartThisProgramAsync(IEnumerable<string> arguments, int port)
    {
        var program = Environment.ProcessPath!;
        var startedByDotnet = Path.GetFileNameWithoutExtension(program) == "dotnet";
        return StartAsync(program, startedByDotnet ? [typeof(ChildProcess).Assembly.Location, .. arguments] : arguments, port);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lastLines.Enqueue(line);
        while (_lastLines.Count > 40 && _lastLines.TryDequeue(out _))
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        _process.Dispose();
    }
}
