using GameScheduler.Benchmarks.Graph;

namespace GameScheduler.Benchmarks.Crowd;

/// <summary>The processes whose CPU time is reported, by report key, each with everything it started.</summary>
internal sealed class MeasuredProcesses(IReadOnlyDictionary<string, int> pids)
{
    private static readonly (string Key, string Resource)[] Resources =
        [("api", "api"), ("bot", "bot"), ("postgres", "postgres"), ("rabbitmq", "messaging"), ("valkey", "cache")];

    public static async Task<MeasuredProcesses> FindAsync(BenchmarkGraph graph, CancellationToken ct)
    {
        var pids = new Dictionary<string, int>();
        foreach (var (key, resource) in Resources)
        {
            pids[key] = await graph.ProcessIdAsync(resource, ct);
        }

        return new MeasuredProcesses(pids);
    }

    public IReadOnlyDictionary<string, TimeSpan> Cpu() => pids.ToDictionary(process => process.Key, process => ProcessTreeCpu.Of(process.Value));
}
