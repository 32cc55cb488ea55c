using System.Diagnostics;
using System.Net;
using GameScheduler.Benchmarks.Sse.Server;

namespace GameScheduler.Benchmarks.Sse.Client;

/// <summary>
/// Runs each strategy at each size against a fresh server process: opens the streams, measures idle memory and CPU,
/// publishes events at the configured rate and checks every stream got every event of its guild, in order, once.
/// </summary>
internal sealed class LoadGenerator(BenchmarkSettings settings, string valkey)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(2);

    public async Task<RunResult> RunAsync(FanOutStrategy strategy, int connections)
    {
        var guilds = Math.Max(1, connections / settings.PerGuild);
        var http2 = connections >= settings.Http2From;
        var port = ChildProcess.FreePort();
        var server = new ServerSettings(port, valkey, strategy, guilds, http2);
        await using var process = await ChildProcess.StartThisProgramAsync(server.ToArguments(), port);
        // A server listening for HTTP/2 only (prior knowledge, no TLS) answers HTTP/1.1 requests with 400, so the
        // control requests speak whichever the streams do.
        using var control = new HttpClient
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            Timeout = TimeSpan.FromMinutes(30),
            DefaultRequestVersion = http2 ? HttpVersion.Version20 : HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        (await control.PostAsync($"/bench/seed?users={connections}", null)).EnsureSuccessStatusCode();

        var empty = await UsageAsync(control, collect: true);
        await using var swarm = await SseSwarm.OpenAsync(control.BaseAddress, connections, http2);
        await Task.Delay(Settle);
        var held = await UsageAsync(control, collect: true);

        var idleStart = await UsageAsync(control, collect: false);
        var idle = Stopwatch.StartNew();
        await Task.Delay(IdleWindow);
        var idleCpuPerSecond = ((await UsageAsync(control, collect: false)).CpuMilliseconds - idleStart.CpuMilliseconds)
            / idle.Elapsed.TotalSeconds;

        await PublishAsync(control, (int)settings.Rate);
        await Task.Delay(Drain);
        swarm.Reset();

        var before = await UsageAsync(control, collect: false);
        var window = Stopwatch.StartNew();
        var handling = await PublishAsync(control, settings.Events);
        await Task.Delay(Drain);
        var cpu = (await UsageAsync(control, collect: false)).CpuMilliseconds - before.CpuMilliseconds;
        var eventCpu = (cpu - idleCpuPerSecond * window.Elapsed.TotalSeconds) / settings.Events;
        var idleCpuPercent = idleCpuPerSecond / TimeSpan.MillisecondsPerSecond * 100;

        return new RunResult(strategy, connections, guilds, http2, held.Connections, swarm.Delivery(settings.Events, guilds),
            handling, eventCpu, idleCpuPercent,
            (held.ManagedBytes - empty.ManagedBytes) / 1024.0 / connections,
            (held.WorkingSetBytes - empty.WorkingSetBytes) / 1024.0 / connections);
    }

    private async Task<PublishReport> PublishAsync(HttpClient control, int events)
    {
        using var response = await control.PostAsync(
            FormattableString.Invariant($"/bench/publish?events={events}&rate={settings.Rate}"), null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PublishReport>())!;
    }

    private static async Task<ServerUsage> UsageAsync(HttpClient control, bool collect) =>
        (await control.GetFromJsonAsync<ServerUsage>($"/bench/usage?collect={collect}"))!;
}

/// <summary>One strategy at one size.</summary>
internal sealed record RunResult(
    FanOutStrategy Strategy,
    int Connections,
    int Guilds,
    bool Http2,
    int ConnectionsHeld,
    Delivery Delivery,
    PublishReport Handling,
    double CpuMsPerEvent,
    double IdleCpuPercent,
    double ManagedKbPerConnection,
    double RssKbPerConnection);
