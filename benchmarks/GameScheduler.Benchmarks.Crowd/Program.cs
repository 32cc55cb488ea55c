using System.Diagnostics;
using System.Globalization;
using GameScheduler.Benchmarks.Crowd;
using GameScheduler.Benchmarks.Graph;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var settings = CrowdSettings.Parse(args);
using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(60));
var ct = deadline.Token;

Console.Error.WriteLine("Starting the graph (local PostgreSQL, Valkey, RabbitMQ, Discord emulator, Api, bot)...");
await using var graph = await BenchmarkGraph.StartAsync(withBot: true);
var database = await graph.ConnectionStringAsync("gamescheduler");
var processes = await MeasuredProcesses.FindAsync(graph,
    [("api", "api"), ("bot", "bot"), ("postgres", "postgres"), ("rabbitmq", "messaging"), ("valkey", "cache")], ct);
using var api = new ApiClient(graph.ApiUrl);
var logins = new PlayerLogins(graph.ApiUrl, graph.DiscordUrl);
var host = await logins.LogInAsync(SeededGuild.Owner, ct);

Console.Error.WriteLine($"Creating {settings.Games} games and waiting for their announcements...");
var games = await AnnouncedGames.CreateAsync(api, host, settings.Games, ct);
Console.Error.WriteLine($"Creating {settings.Players} players and logging in {settings.Viewers} viewers...");
var players = await logins.CreateDiscordUsersAsync(settings.Players, "player", ct);
var viewers = await logins.CreateAsync(settings.Viewers, ct, namePrefix: "viewer");

await using var tap = await BrokerTap.StartAsync(await graph.ConnectionStringAsync("messaging"), ct);
Console.Error.WriteLine($"Opening {settings.Viewers} streams...");
await using var crowd = await ViewerCrowd.OpenAsync(graph.ApiUrl, viewers, games);
using var clicks = new ClickLoad(graph.DiscordUrl, players, games);

Console.Error.WriteLine($"Warming up: {settings.WarmUp.TotalSeconds:0} s of clicks...");
var warmUpFrom = tap.Count;
await clicks.RunAsync(settings.ClicksPerSecond, settings.WarmUp, ct);
await crowd.WaitUntilCaughtUpAsync(() => tap.Range(warmUpFrom, tap.Count), ct);
await Task.Delay(DatabaseCounters.ReportDelay, ct);

Console.Error.WriteLine(
    $"Measuring: {settings.Players} players clicking {settings.ClicksPerSecond}/s on {settings.Games} games for {settings.Duration.TotalSeconds:0} s...");
var from = tap.Count;
var (requests, streamBytes, cpu, ownCpu) = (crowd.Requests, crowd.StreamBytes, processes.Cpu(), Process.GetCurrentProcess().TotalProcessorTime);
var transactions = await DatabaseCounters.TransactionsAsync(database, ct);
var measured = await clicks.RunAsync(settings.ClicksPerSecond, settings.Duration, ct);
await crowd.WaitUntilCaughtUpAsync(() => tap.Range(from, tap.Count), ct);
var to = tap.Count;
var cpuUsed = processes.CpuSince(cpu);
var ownCpuPerEvent = (Process.GetCurrentProcess().TotalProcessorTime - ownCpu).TotalMilliseconds / Math.Max(1, to - from);
var window = new MeasuredWindow(measured, tap.Range(from, to), crowd.Requests - requests, crowd.StreamBytes - streamBytes, 0, cpuUsed);
await Task.Delay(DatabaseCounters.ReportDelay, ct);
window = window with { DatabaseTransactions = await DatabaseCounters.TransactionsAsync(database, ct) - transactions };

Console.Error.WriteLine($"Viewers' requests failed: {crowd.FailedRequests}; streams reopened: {crowd.Viewers.Sum(viewer => viewer.Reconnects)}; " +
    $"this process (viewers, players, the orchestrator's host) used {ownCpuPerEvent:0.0} ms of CPU per event.");
Console.WriteLine(CrowdReport.Line(settings, window, crowd.Viewers));
