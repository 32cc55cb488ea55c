using System.Globalization;
using GameScheduler.Benchmarks.Joins;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var settings = JoinBenchmarkSettings.Parse(args);
using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(30));
var ct = deadline.Token;

Console.Error.WriteLine("Starting the graph (local PostgreSQL, Valkey, RabbitMQ, Discord emulator, Api)...");
await using var graph = await BenchmarkGraph.StartAsync();
await SeededGuild.RecordAsync(await graph.ConnectionStringAsync("gamescheduler"), ct);

using var api = new ApiClient(graph.ApiUrl);
var logins = new PlayerLogins(graph.ApiUrl, graph.DiscordUrl);
var host = await logins.LogInAsync(SeededGuild.Owner, ct);
var spreadGames = new List<Guid>();
for (var game = 0; game < settings.Games; game++)
{
    spreadGames.Add(await api.CreateGameAsync(host, $"Spread game {game}", settings.MaxPlayers, ct));
}

var hotOpenLoopGame = await api.CreateGameAsync(host, "Hot game (open loop)", settings.MaxPlayers, ct);
var hotClosedLoopGame = await api.CreateGameAsync(host, "Hot game (closed loop)", settings.MaxPlayers, ct);

// Logins last: each session's cached guild list and roles live five minutes, and the phases must run inside them.
Console.Error.WriteLine($"Logging in {settings.Users:N0} players...");
var players = await logins.CreateAsync(settings.Users, ct);
await using var events = await BrokerEventCounter.StartAsync(await graph.ConnectionStringAsync("messaging"), ct);

var plan = new JoinPlan(players, spreadGames);
var phases = new JoinPhases(new JoinLoad(api), events, settings);
Console.Error.WriteLine("Warming up...");
await phases.ClosedLoopAsync("warm-up", plan.NextSpread(settings.WarmUpJoins), ct);

Report.PrintHeader(settings);
Report.PrintPhase(await phases.OpenLoopAsync("spread, open loop", plan.NextSpread((int)(settings.Rate * settings.OpenLoopDuration.TotalSeconds)), ct));
Report.PrintPhase(await phases.ClosedLoopAsync("spread, closed loop", plan.NextSpread(settings.ClosedLoopJoins), ct));
Report.PrintPhase(await phases.OpenLoopAsync("one hot game, open loop", plan.Everyone(hotOpenLoopGame), ct));
Report.PrintPhase(await phases.ClosedLoopAsync("one hot game, closed loop", plan.Everyone(hotClosedLoopGame), ct));
if (settings.BacklogJoins > 0)
{
    Report.PrintBacklog(await phases.BacklogAsync(graph, plan.NextSpread(settings.BacklogJoins), ct));
}
