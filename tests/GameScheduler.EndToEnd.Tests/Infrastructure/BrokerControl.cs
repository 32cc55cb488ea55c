namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>Stops and starts the graph's RabbitMQ through the AppHost's resource commands.</summary>
public static class BrokerControl
{
    private static readonly TimeSpan StateTimeout = TimeSpan.FromMinutes(1);

    /// <summary>Stops the broker and waits until it has exited, or starts it and waits until it is healthy.</summary>
    public static async Task SetBrokerRunningAsync(this GraphFixture graph, bool running)
    {
        using var timeout = new CancellationTokenSource(StateTimeout);
        var command = running ? KnownResourceCommands.StartCommand : KnownResourceCommands.StopCommand;
        var result = await graph.App.ResourceCommands.ExecuteCommandAsync("messaging", command, timeout.Token)
            .WaitAsync(timeout.Token);
        Assert.True(result.Success, $"{command} on messaging failed: {result.Message}");

        if (running)
        {
            await graph.App.ResourceNotifications.WaitForResourceHealthyAsync("messaging", timeout.Token).WaitAsync(timeout.Token);
        }
        else
        {
            await graph.App.ResourceNotifications.WaitForResourceAsync("messaging",
                e => e.Snapshot.State?.Text is "Exited" or "Finished" or "Stopped", timeout.Token).WaitAsync(timeout.Token);
        }
    }
}
