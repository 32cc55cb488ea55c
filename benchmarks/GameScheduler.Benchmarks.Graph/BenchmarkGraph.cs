using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GameScheduler.Benchmarks.Graph;

/// <summary>
/// The AppHost's graph with its infrastructure as local processes (real PostgreSQL, Valkey and RabbitMQ), minus the
/// web front end (a benchmark's clients stand in for browsers) and, unless asked for, the bot: a benchmark of the Api
/// alone leaves it out so its event consumption does not compete for the same two cores, and seeds the guild the bot
/// would have recorded instead.
/// </summary>
public sealed class BenchmarkGraph(DistributedApplication app) : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan BrokerTimeout = TimeSpan.FromMinutes(2);
    private static readonly string[] Infrastructure = ["postgres", "gamescheduler", "cache", "messaging"];

    /// <summary>
    /// The graph runs no container, yet the orchestrator asks the container runtime for its containers and networks
    /// every few seconds. With a docker program installed, each ask is two docker processes, a tenth to a quarter of a
    /// second of CPU on a loaded two-core machine, and the joins due meanwhile wait for it.
    /// Naming podman, which these machines do not have, makes each ask end at the program lookup. A deployment has no
    /// orchestrator polling beside the Api, so this leaves out what is not part of the system measured.
    /// </summary>
    private const string ContainerRuntimeSetting = "ASPIRE_CONTAINER_RUNTIME";

    private const string AbsentContainerRuntime = "podman";

    private const string ProcessIdProperty = "executable.pid";

    /// <summary>
    /// The services under load log at Warning, as a production deployment would: in Development the Api logs every
    /// request and every SQL command, which on two cores costs more than the join itself. Nothing collects telemetry
    /// here, so none is exported.
    /// </summary>
    private static void QuietAsInProduction(EnvironmentCallbackContext context)
    {
        context.EnvironmentVariables["Logging__LogLevel__Default"] = "Warning";
        context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
    }

    /// <summary>
    /// One load generator logs a thousand users in from one address, and each of them joins far faster than a person
    /// does: the Api's rate limits, which exist to refuse exactly that, would refuse most of the load measured.
    /// </summary>
    private static void WithoutRateLimits(EnvironmentCallbackContext context)
    {
        foreach (var limit in new[] { "Auth", "Writes", "Participation" })
        {
            context.EnvironmentVariables[$"RateLimits__{limit}__TokenLimit"] = "1000000000";
        }
    }

    public Uri ApiUrl => app.GetEndpoint("api", "http");

    public Uri DiscordUrl => app.GetEndpoint("discord", "http");

    /// <summary>The bot links its announcements to the web app, which is not started; any address does for that.</summary>
    private static void WithoutWebApp(EnvironmentCallbackContext context) =>
        context.EnvironmentVariables["Web__BaseUrl"] = "http://localhost";

    public static async Task<BenchmarkGraph> StartAsync(bool withBot)
    {
        string[] services = withBot ? ["discord", "api", "bot"] : ["discord", "api"];
        using var startup = new CancellationTokenSource(StartupTimeout);
        var builder = await DistributedApplicationTestingBuilder
            .CreateAsync<Projects.GameScheduler_AppHost>(["--Infrastructure:Mode=local", $"--{ContainerRuntimeSetting}={AbsentContainerRuntime}"], startup.Token);
        // The report owns standard output; the services' logs and the startup health probes' failures are not forwarded.
        builder.Services.AddLogging(logging => logging
            .ClearProviders()
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("GameScheduler.AppHost.Resources", LogLevel.None)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        foreach (var resource in builder.Resources.Where(resource => resource.Name == "web" || (resource.Name == "bot" && !withBot)).ToList())
        {
            builder.Resources.Remove(resource);
        }

        foreach (var service in services)
        {
            builder.CreateResourceBuilder<ProjectResource>(service).WithEnvironment(QuietAsInProduction);
        }

        // The load reaches the one Api instance directly, as it would in a deployment, rather than through the
        // orchestrator's proxy, which copies every request and answer once more in a process of its own.
        builder.CreateResourceBuilder<ProjectResource>("api").WithEndpoint("http", endpoint => endpoint.IsProxied = false)
            .WithEnvironment(WithoutRateLimits);
        if (withBot)
        {
            builder.CreateResourceBuilder<ProjectResource>("bot").WithEnvironment(WithoutWebApp);
        }

        var app = await builder.BuildAsync(startup.Token);
        try
        {
            await app.StartAsync(startup.Token);
            foreach (var resource in Infrastructure.Concat(services))
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, startup.Token);
            }
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new BenchmarkGraph(app);
    }

    public async Task<string> ConnectionStringAsync(string resource) =>
        await app.GetConnectionStringAsync(resource) ?? throw new InvalidOperationException($"No connection string for {resource}.");

    /// <summary>The id of the process the orchestrator started for a resource (for a replicated one, its only replica).</summary>
    public async Task<int> ProcessIdAsync(string resource, CancellationToken ct)
    {
        var started = await app.ResourceNotifications.WaitForResourceAsync(resource,
            update => update.Snapshot.Properties.Any(property => property.Name == ProcessIdProperty && property.Value is not null), ct);
        var value = started.Snapshot.Properties.First(property => property.Name == ProcessIdProperty).Value;
        return Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Stops the broker and waits until it has exited, or starts it and waits until it is healthy.</summary>
    public async Task SetBrokerRunningAsync(bool running)
    {
        using var timeout = new CancellationTokenSource(BrokerTimeout);
        var command = running ? KnownResourceCommands.StartCommand : KnownResourceCommands.StopCommand;
        var result = await app.ResourceCommands.ExecuteCommandAsync("messaging", command, timeout.Token);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{command} on messaging failed: {result.Message}");
        }

        if (running)
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync("messaging", timeout.Token);
        }
        else
        {
            await app.ResourceNotifications.WaitForResourceAsync("messaging",
                update => update.Snapshot.State?.Text is "Exited" or "Finished" or "Stopped", timeout.Token);
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));
}
