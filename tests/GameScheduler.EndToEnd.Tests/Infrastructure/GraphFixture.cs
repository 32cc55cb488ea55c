using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Starts the whole graph once per test collection, with the infrastructure as local processes (CI has no container
/// engine), and waits until every resource is healthy. Startup is the expensive part, so tests share it.
/// </summary>
public sealed class GraphFixture : IAsyncLifetime
{
    public static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(4);

    /// <summary>Long-running resources, each of which must report healthy.</summary>
    public static readonly string[] HealthyResources = ["postgres", "gamescheduler", "cache", "messaging", "discord", "api", "bot", "web"];

    private readonly CancellationTokenSource _stopFollowingLogs = new();
    private DistributedApplication? _app;
    private ResourceLogs? _logs;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The graph has not started.");

    /// <summary>Changes the graph before it is built, as a fixture of its own may (for example, the services' environment).</summary>
    public Action<IDistributedApplicationTestingBuilder>? Configure { get; init; }

    public async Task InitializeAsync()
    {
        using var startup = new CancellationTokenSource(StartupTimeout);
        var builder = await DistributedApplicationTestingBuilder
            .CreateAsync<Projects.GameScheduler_AppHost>(["--Infrastructure:Mode=local"], startup.Token)
            .WaitAsync(startup.Token);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        Configure?.Invoke(builder);

        _app = await builder.BuildAsync(startup.Token).WaitAsync(startup.Token);
        _logs = new ResourceLogs(_app.Services.GetRequiredService<ResourceLoggerService>());
        _logs.Follow(_app.ResourceNotifications, _stopFollowingLogs.Token);
        try
        {
            await _app.StartAsync(startup.Token).WaitAsync(startup.Token);
            foreach (var resource in HealthyResources)
            {
                await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, startup.Token)
                    .WaitAsync(startup.Token);
            }

            _logs.StartupCompleted();
        }
        catch (Exception exception) when (exception is OperationCanceledException or DistributedApplicationException)
        {
            var states = DescribeResources();
            // xunit does not dispose a fixture whose initialization failed; stop the servers here.
            await DisposeAsync();
            throw new InvalidOperationException(
                $"The graph did not become healthy within {StartupTimeout} ({exception.Message}). Resources:{Environment.NewLine}{states}",
                exception);
        }
    }

    /// <summary>What every resource wrote from the graph's start until all of them were healthy.</summary>
    public IReadOnlyList<ResourceLogLine> StartupLogs => _logs?.Startup ?? throw new InvalidOperationException("The graph has not started.");

    public HttpClient CreateHttpClient(string resource) => App.CreateHttpClient(resource);

    private string DescribeResources()
    {
        var model = App.Services.GetRequiredService<DistributedApplicationModel>();
        return string.Join(Environment.NewLine, model.Resources.Select(resource =>
            App.ResourceNotifications.TryGetCurrentState(resource.Name, out var state)
                ? $"  {resource.Name}: {state.Snapshot.State?.Text ?? "(none)"}, health {state.Snapshot.HealthStatus?.ToString() ?? "(none)"}, exit {state.Snapshot.ExitCode?.ToString() ?? "-"}"
                    + (state.Snapshot.HealthStatus == HealthStatus.Healthy ? "" : Environment.NewLine + _logs?.Describe(resource.Name))
                : $"  {resource.Name}: no state"));
    }

    public async Task DisposeAsync()
    {
        await _stopFollowingLogs.CancelAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class GraphCollection : ICollectionFixture<GraphFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "graph";
}
