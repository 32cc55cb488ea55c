using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>The AppHost's resources as it declares them for some arguments, read without starting anything.</summary>
public sealed class AppHostModel : IAsyncDisposable
{
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(1);

    private readonly DistributedApplication _app;

    private AppHostModel(DistributedApplication app) => _app = app;

    public IReadOnlyList<IResource> Resources => _app.Services.GetRequiredService<DistributedApplicationModel>().Resources.ToList();

    public static async Task<AppHostModel> BuildAsync(params string[] args)
    {
        using var timeout = new CancellationTokenSource(BuildTimeout);
        var builder = await DistributedApplicationTestingBuilder
            .CreateAsync<Projects.GameScheduler_AppHost>(args, timeout.Token)
            .WaitAsync(timeout.Token);
        // Never started, it has nothing to stop: without this its disposal can wait out the default 30 s shutdown timeout.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));
        return new AppHostModel(await builder.BuildAsync(timeout.Token).WaitAsync(timeout.Token));
    }

    /// <summary>
    /// A service's environment as expressions: publish mode resolves references to <c>{resource.property}</c> and
    /// parameters to <c>{name.value}</c>, so nothing has to be started or allocated and no secret is read.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> EnvironmentAsync(string resourceName)
    {
        using var timeout = new CancellationTokenSource(BuildTimeout);
        var resource = (IResourceWithEnvironment)Resources.Single(r => r.Name == resourceName);
        var configuration = await ExecutionConfigurationBuilder.Create(resource)
            .WithEnvironmentVariablesConfig()
            .BuildAsync(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Publish),
                NullLogger.Instance, timeout.Token)
            .WaitAsync(timeout.Token);
        return configuration.EnvironmentVariables.ToDictionary(variable => variable.Key, variable => variable.Value);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
