namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A host logged in to the seeded guild with a text channel of its own, so that a test class announcing games there
/// stays out of the other tests' way on the shared graph; disposing of it deletes the channel.
/// </summary>
public sealed class HostInOwnChannel : IAsyncDisposable
{
    private HostInOwnChannel(EmulatorControl emulator, string suffix, ApiSession host, string channelId)
    {
        Emulator = emulator;
        Suffix = suffix;
        Host = host;
        ChannelId = channelId;
    }

    public EmulatorControl Emulator { get; }

    /// <summary>Makes the names of what the test creates its own.</summary>
    public string Suffix { get; }

    public ApiSession Host { get; }
    public string ChannelId { get; }

    /// <param name="name">Names the host (<c>{name}_host_…</c>) and the channel (<c>{name}-…</c>).</param>
    public static async Task<HostInOwnChannel> CreateAsync(GraphFixture graph, string name)
    {
        var emulator = EmulatorControl.For(graph);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await SeedGuilds.EnsureAsync(graph);
        var host = await graph.LogInAsync(await emulator.CreateUserAsync($"{name.Replace('-', '_')}_host_{suffix}", Seed.GuildA));
        return new HostInOwnChannel(emulator, suffix, host, await KnownChannels.CreateAsync(emulator, host, Seed.GuildA, $"{name}-{suffix}"));
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DeleteChannelAsync(ChannelId);
        Host.Dispose();
    }
}
