namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>Channels a test class makes for itself, so that its announcements stay out of the other tests' way.</summary>
public static class KnownChannels
{
    // The channel reaches the Api through the bot's gateway, the broker and the guild mirror; this bounds it under load.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Creates a text channel in Discord and waits until the Api lists it to <paramref name="viewer"/>.</summary>
    public static async Task<string> CreateAsync(EmulatorControl emulator, ApiSession viewer, string guildId, string name)
    {
        var channelId = await emulator.CreateChannelAsync(guildId, name);
        await Eventually.HoldsAsync(
            async () => (await viewer.GetJsonAsync($"/api/v1/guilds/{guildId}/channels")).EnumerateArray()
                .Any(channel => channel.GetProperty("id").GetString() == channelId),
            Timeout, $"channel {name} known to the Api");
        return channelId;
    }
}
