namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>Stops and starts the graph's backing services through the AppHost's resource commands, as the dashboard does.</summary>
public static class ResourceControl
{
    /// <summary>The AppHost's names for PostgreSQL, Valkey and RabbitMQ.</summary>
    public const string Postgres = "postgres";
    public const string Cache = "cache";
    public const string Messaging = "messaging";

    private static readonly TimeSpan StateTimeout = TimeSpan.FromMinutes(1);

    /// <summary>Stops the resource and waits until it has exited, or starts it and waits until it is healthy.</summary>
    public static async Task SetRunningAsync(this GraphFixture graph, string resource, bool running)
    {
        using var timeout = new CancellationTokenSource(StateTimeout);
        var command = running ? KnownResourceCommands.StartCommand : KnownResourceCommands.StopCommand;
        var result = await graph.App.ResourceCommands.ExecuteCommandAsync(resource, command, timeout.Token)
            .WaitAsync(timeout.Token);
        Assert.True(result.Success, $"{command} on {resource} failed: {result.Message}");

        if (running)
        {
            await graph.App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token).WaitAsync(timeout.Token);
        }
        else
        {
            await graph.App.ResourceNotifications.WaitForResourceAsync(resource,
                e => e.Snapshot.State?.Text is "Exited" or "Finished" or "Stopped", timeout.Token).WaitAsync(timeout.Token);
        }
    }
}
