using System.Diagnostics;

using System.Runtime.Versioning;

namespace GameScheduler.AppHost.Infrastructure;

/// <summary>
/// The folder one AppHost run keeps its databases and broker state in. Each run has its own, so two AppHosts on one
/// machine never share data; it is removed when the AppHost stops, and folders of runs that died are removed at the
/// next start.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class RunDirectory
{
    private const string OwnerFileName = "owner.pid";
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "gamescheduler-runs");

    private RunDirectory(string fullPath) => FullPath = fullPath;

    public string FullPath { get; }

    public string RunId => Path.GetFileName(FullPath);

    public static RunDirectory Create()
    {
        Directory.CreateDirectory(Root);
        // The postgres user must be able to enter the run folder when the AppHost runs as root.
        File.SetUnixFileMode(Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute
            | UnixFileMode.StickyBit);
        RemoveAbandonedRuns();

        var path = Path.Combine(Root, $"run{Environment.ProcessId}x{Random.Shared.Next(100_000, 999_999)}");
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.WriteAllText(Path.Combine(path, OwnerFileName), Environment.ProcessId.ToString());
        return new RunDirectory(path);
    }

    public string Subdirectory(string name)
    {
        var path = Path.Combine(FullPath, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Delete() => TryDelete(FullPath);

    private static void RemoveAbandonedRuns()
    {
        foreach (var run in Directory.GetDirectories(Root))
        {
            var ownerFile = Path.Combine(run, OwnerFileName);
            if (File.Exists(ownerFile) && int.TryParse(File.ReadAllText(ownerFile), out var owner) && !IsAlive(owner))
            {
                TryDelete(run);
            }
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A server may still be writing while it shuts down; the next run removes what is left.
        }
    }
}
