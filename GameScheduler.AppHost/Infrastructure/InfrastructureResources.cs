using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GameScheduler.AppHost.Infrastructure;

/// <summary>The three backing services every GameScheduler service connects to, whichever way they run.</summary>
public sealed record InfrastructureResources(
    IResourceBuilder<IResourceWithConnectionString> Database,
    IResourceBuilder<IResourceWithConnectionString> Cache,
    IResourceBuilder<IResourceWithConnectionString> Messaging);

public static class InfrastructureExtensions
{
    /// <summary>
    /// Adds <c>postgres</c> (database <paramref name="databaseName"/>), <c>cache</c> and <c>messaging</c>, as containers
    /// or as local processes (see <see cref="InfrastructureModeResolver"/>); either way the services receive the same
    /// <c>ConnectionStrings__*</c> keys.
    /// </summary>
    public static InfrastructureResources AddInfrastructure(this IDistributedApplicationBuilder builder, string databaseName)
    {
        return InfrastructureModeResolver.Resolve(builder) switch
        {
            InfrastructureMode.Containers => AddContainers(builder, databaseName),
            _ when OperatingSystem.IsWindows() => throw new PlatformNotSupportedException(
                "Local infrastructure runs the Debian packages; use --Infrastructure:Mode=containers on Windows."),
            _ => AddLocalProcesses(builder, databaseName),
        };
    }

    /// <summary>
    /// <see cref="AddInfrastructure"/>, except that a missing system package is reported in one line naming the package
    /// and its install command, rather than as an exception with a stack trace.
    /// </summary>
    public static bool TryAddInfrastructure(
        this IDistributedApplicationBuilder builder, string databaseName, out InfrastructureResources infrastructure)
    {
        try
        {
            infrastructure = builder.AddInfrastructure(databaseName);
            return true;
        }
        catch (MissingSystemPackageException missing)
        {
            Console.Error.WriteLine(missing.Message);
            infrastructure = null!;
            return false;
        }
    }

    private static InfrastructureResources AddContainers(IDistributedApplicationBuilder builder, string databaseName) => new(
        builder.AddPostgres("postgres").AddDatabase(databaseName),
        // Snapshots within a second of a change, so a restarted cache still holds the sessions.
        builder.AddRedis("cache").WithImage("valkey/valkey", "8.1").WithPersistence(TimeSpan.FromSeconds(1), keysChangedThreshold: 1),
        builder.AddRabbitMQ("messaging"));

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static InfrastructureResources AddLocalProcesses(IDistributedApplicationBuilder builder, string databaseName)
    {
        var run = RunDirectory.Create();
        builder.Services.AddHostedService(services => new RunDirectoryCleanup(
            run, services.GetRequiredService<IHostApplicationLifetime>()));

        return new(
            builder.AddLocalPostgres("postgres", run).AddDatabase(databaseName),
            builder.AddLocalValkey("cache", run),
            builder.AddLocalRabbitMQ("messaging", run));
    }
}
