using GameScheduler.Core.Guilds;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Records the emulator's seeded guilds in the database, as the bot does when its gateway session sees them, so the
/// Api's tests do not depend on the bot's timing. Idempotent.
/// </summary>
public static class SeedGuilds
{
    public static async Task EnsureAsync(GraphFixture graph)
    {
        await using var writer = await DomainWriter.ForGraphAsync(graph);
        await writer.RunAsync<GuildSyncService>(sync => sync.SyncAsync(new GuildSnapshot(Seed.GuildA, "Guild A", null, Seed.AliceOwner,
            [new ChannelSnapshot(Seed.GuildAGeneral, "general"), new ChannelSnapshot(Seed.GuildAGameNight, "game-night")], []), default));
        await writer.RunAsync<GuildSyncService>(sync => sync.SyncAsync(new GuildSnapshot(Seed.GuildB, "Guild B", null, Seed.BobOwner,
            [new ChannelSnapshot(Seed.GuildBGeneral, "general")], []), default));
    }
}
