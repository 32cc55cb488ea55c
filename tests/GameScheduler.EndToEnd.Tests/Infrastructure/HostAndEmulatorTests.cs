namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>Tests on the shared graph that schedule games as guild A's owner and play Discord through the emulator.</summary>
public abstract class HostAndEmulatorTests(GraphFixture graph) : IAsyncLifetime
{
    protected GraphFixture Graph { get; } = graph;

    protected EmulatorControl Emulator { get; } = EmulatorControl.For(graph);

    /// <summary>Guild A's owner, logged in to the Api.</summary>
    protected ApiSession Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(Graph);
        Host = await Graph.LogInAsync(Seed.AliceOwner);
    }

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
