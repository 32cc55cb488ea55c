using System.Globalization;

namespace GameScheduler.Benchmarks.Graph;

/// <summary>
/// CPU time used by a process and every process below it, from <c>/proc/&lt;pid&gt;/stat</c>: user and system time of
/// each live process plus what its finished children used (PostgreSQL's ended backends, RabbitMQ's helper programs).
/// </summary>
public static class ProcessTreeCpu
{
    /// <summary>The kernel's clock ticks per second (<c>USER_HZ</c>), 100 on Linux.</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan Of(int rootPid)
    {
        var processes = Directory.EnumerateDirectories("/proc")
            .Select(directory => int.TryParse(Path.GetFileName(directory), out var pid) ? Read(pid) : null)
            .OfType<ProcessTimes>()
            .ToList();
        var children = processes.ToLookup(process => process.ParentPid);
        var ticks = 0L;
        var pending = new Stack<int>([rootPid]);
        while (pending.TryPop(out var pid))
        {
            ticks += processes.FirstOrDefault(process => process.Pid == pid)?.Ticks ?? 0;
            foreach (var child in children[pid])
            {
                pending.Push(child.Pid);
            }
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static ProcessTimes? Read(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces: the fields after it start at field 3, state.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return new ProcessTimes(pid, (int)Field(4), Field(14) + Field(15) + Field(16) + Field(17));
    }

    private sealed record ProcessTimes(int Pid, int ParentPid, long Ticks);
}
