using Microsoft.Extensions.Logging.Abstractions;

namespace GameScheduler.EndToEnd.Tests.Foundation;

/// <summary>Local processes must be a drop-in for containers: the services see the same connection-string keys.</summary>
public sealed class ConnectionStringParityTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData("api")]
    [InlineData("bot")]
    public async Task Local_mode_gives_the_same_connection_string_keys_as_container_mode(string service)
    {
        var local = await ConnectionStringKeysAsync("local", service);
        var containers = await ConnectionStringKeysAsync("containers", service);

        Assert.Equal(containers, local);
        Assert.Contains("ConnectionStrings__gamescheduler", local);
        Assert.Contains("ConnectionStrings__cache", local);
        Assert.Contains("ConnectionStrings__messaging", local);
    }

    private static async Task<string[]> ConnectionStringKeysAsync(string mode, string service)
    {
        using var timeout = new CancellationTokenSource(BuildTimeout);
        var builder = await DistributedApplicationTestingBuilder
            .CreateAsync<Projects.GameScheduler_AppHost>([$"--Infrastructure:Mode={mode}"], timeout.Token)
            .WaitAsync(timeout.Token);
        await using var app = await builder.BuildAsync(timeout.Token).WaitAsync(timeout.Token);

        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        var resource = (IResourceWithEnvironment)model.Resources.Single(r => r.Name == service);
        // Publish mode resolves references to expressions, so nothing has to be started or allocated.
        var configuration = await ExecutionConfigurationBuilder.Create(resource)
            .WithEnvironmentVariablesConfig()
            .BuildAsync(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Publish),
                NullLogger.Instance, timeout.Token)
            .WaitAsync(timeout.Token);

        return configuration.EnvironmentVariables.Select(variable => variable.Key)
            .Where(key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();
    }
}
