using System.Diagnostics;

namespace GameScheduler.AppHost.Infrastructure;

/// <summary>How Postgres, Valkey and RabbitMQ run: as containers, or as the machine's own packages.</summary>
public enum InfrastructureMode
{
    Auto,
    Containers,
    Local,
}

public static class InfrastructureModeResolver
{
    public const string ConfigurationKey = "Infrastructure:Mode";

    /// <summary>
    /// Decided before any resource is added: a container resource, once added, makes the orchestrator demand a
    /// container runtime, and Aspire cannot remove a resource again.
    /// </summary>
    public static InfrastructureMode Resolve(IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration[ConfigurationKey];
        var mode = string.IsNullOrWhiteSpace(configured)
            ? InfrastructureMode.Auto
            : Enum.Parse<InfrastructureMode>(configured, ignoreCase: true);

        return mode == InfrastructureMode.Auto
            ? (ContainerRuntimeAnswers() ? InfrastructureMode.Containers : InfrastructureMode.Local)
            : mode;
    }

    private static bool ContainerRuntimeAnswers() => Answers("docker") || Answers("podman");

    // A docker CLI without a daemon is common here, so only a successful `info` counts.
    private static bool Answers(string runtime)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return false;
            }

            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
