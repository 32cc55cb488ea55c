using System.Globalization;
using GameScheduler.Benchmarks.Graph;
using GameScheduler.Benchmarks.Joins;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var settings = JoinBenchmarkSettings.Parse(args);
using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(30));
var ct = deadline.Token;

Console.Error.WriteLine("Starting the graph (local PostgreSQL, Valkey, RabbitMQ, Discord emulator, Api)...");
await using var graph = await BenchmarkGraph.StartAsync(withBot: false);
await SeededGuild.RecordAsync(await graph.ConnectionStringAsync("gamescheduler"), ct);

using var api = new ApiClient(graph.ApiUrl);
var logins = new PlayerLogins(graph.ApiUrl, graph.DiscordUrl);
var host = await logins.LogInAsync(SeededGuild.Owner, ct);

async Task<JoinPlan> NewGamesAsync(string phase, IReadOnlyList<Player> players, int count)
{
    var games = new List<Guid>();
    for (var game = 0; game < count; game++)
    {
        games.Add(await api.CreateGameAsync(host, $"{phase} {game}", settings.MaxPlayers, ct));
    }

    return new JoinPlan(players, games);
}

// Each session's cached guild list and roles live five minutes; the phases must run inside them.
Console.Error.WriteLine($"Logging in {settings.Users:N0} players...");
var players = await logins.CreateAsync(settings.Users, ct);
await using var events = await BrokerEventCounter.StartAsync(await graph.ConnectionStringAsync("messaging"), ct);

var processes = await MeasuredProcesses.FindAsync(graph, [(Report.Api, "api"), (Report.PostgreSql, "postgres")], ct);
var phases = new JoinPhases(new JoinLoad(api), events, processes, settings);
int OpenLoopJoins(TimeSpan duration, double? rate = null) => (int)((rate ?? settings.Rate) * duration.TotalSeconds);

// Every phase joins games of its own, so each starts from empty rosters rather than from the previous phase's.
Console.Error.WriteLine("Warming up...");
await phases.ClosedLoopAsync("warm-up", (await NewGamesAsync("Warm-up", players, settings.Games)).NextSpread(settings.WarmUpJoins), ct);
var warmUpOpenLoopJoins = OpenLoopJoins(settings.WarmUpOpenLoopDuration);
if (warmUpOpenLoopJoins > 0)
{
    await phases.OpenLoopAsync("warm-up, open loop",
        (await NewGamesAsync("Warm-up open loop", players, settings.Games)).NextSpread(warmUpOpenLoopJoins), ct);
}

Report.PrintHeader(settings);
Report.PrintPhase(await phases.OpenLoopAsync("spread, open loop",
    (await NewGamesAsync("Open loop", players, settings.Games)).NextSpread(OpenLoopJoins(settings.OpenLoopDuration)), ct));
Report.PrintPhase(await phases.ClosedLoopAsync("spread, closed loop",
    (await NewGamesAsync("Closed loop", players, settings.Games)).NextSpread(settings.ClosedLoopJoins), ct));
var hotGames = await NewGamesAsync("Hot", players, 2);
Report.PrintPhase(await phases.OpenLoopAsync("one hot game, open loop", hotGames.Everyone(0), ct));
Report.PrintPhase(await phases.ClosedLoopAsync("one hot game, closed loop", hotGames.Everyone(1), ct));
foreach (var rate in settings.SweepRates)
{
    var sweepGames = await NewGamesAsync($"Sweep {rate:F0}", players, settings.Games);
    Report.PrintPhase(await phases.OpenLoopAsync("spread, open loop (rate sweep)",
        sweepGames.NextSpread(OpenLoopJoins(settings.OpenLoopDuration, rate)), rate, ct));
}

if (settings.BacklogJoins > 0)
{
    Report.PrintBacklog(await phases.BacklogAsync(graph, (await NewGamesAsync("Backlog", players, settings.Games)).NextSpread(settings.BacklogJoins), ct));
}
