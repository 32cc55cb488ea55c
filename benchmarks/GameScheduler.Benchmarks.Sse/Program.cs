using System.Globalization;
using GameScheduler.AppHost.Infrastructure;
using GameScheduler.Benchmarks.Sse.Client;
using GameScheduler.Benchmarks.Sse.Server;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Load generator by default; the same program, started with --server, is the process under test.
if (args.FirstOrDefault() == ServerSettings.ServerFlag)
{
    await BenchServer.RunAsync(ServerSettings.Parse(args));
    return;
}

var settings = BenchmarkSettings.Parse(args);
var valkeyPort = ChildProcess.FreePort();
await using var valkey = await ChildProcess.StartAsync(SystemPrograms.RedisCompatibleServer(),
    ["--port", valkeyPort.ToString(), "--save", "", "--appendonly", "no", "--bind", "127.0.0.1"],
    valkeyPort);

Report.PrintHeader(settings);
var runs = new List<RunResult>();
foreach (var strategy in settings.Strategies)
{
    foreach (var size in settings.Sizes)
    {
        var run = await new LoadGenerator(settings, $"127.0.0.1:{valkeyPort}").RunAsync(strategy, size);
        Report.PrintRow(run);
        runs.Add(run);
    }
}

Report.PrintRatios(runs);
