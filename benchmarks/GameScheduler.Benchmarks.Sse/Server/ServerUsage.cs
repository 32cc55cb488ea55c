using System.Diagnostics;

namespace GameScheduler.Benchmarks.Sse.Server;

/// <summary>The server process's CPU time so far and its memory (managed heap after a full collection, if asked).</summary>
public sealed record ServerUsage(double CpuMilliseconds, long ManagedBytes, long WorkingSetBytes, int Connections)
{
    /// <param name="collect">Whether to collect garbage first: exact heap size, but CPU spent that a CPU reading would count.</param>
    public static ServerUsage Now(int connections, bool collect)
    {
        var managed = GC.GetTotalMemory(forceFullCollection: collect);
        using var process = Process.GetCurrentProcess();
        return new ServerUsage(process.TotalProcessorTime.TotalMilliseconds, managed, process.WorkingSet64, connections);
    }
}
