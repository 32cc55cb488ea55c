namespace GameScheduler.Benchmarks.Graph;

/// <summary>The processes whose CPU time is reported, by report key, each with everything it started.</summary>
public sealed class MeasuredProcesses(IReadOnlyDictionary<string, int> pids)
{
    /// <summary>Finds the process of each graph resource named, to be reported under its key.</summary>
    public static async Task<MeasuredProcesses> FindAsync(BenchmarkGraph graph, IEnumerable<(string Key, string Resource)> resources, CancellationToken ct)
    {
        var pids = new Dictionary<string, int>();
        foreach (var (key, resource) in resources)
        {
            pids[key] = await graph.ProcessIdAsync(resource, ct);
        }

        return new MeasuredProcesses(pids);
    }

    public IReadOnlyDictionary<string, TimeSpan> Cpu() => pids.ToDictionary(process => process.Key, process => ProcessTreeCpu.Of(process.Value));

    /// <summary>The CPU time each process used since <paramref name="before"/>, an earlier reading of <see cref="Cpu"/>.</summary>
    public IReadOnlyDictionary<string, TimeSpan> CpuSince(IReadOnlyDictionary<string, TimeSpan> before) =>
        Cpu().ToDictionary(process => process.Key, process => process.Value - before[process.Key]);
}
