using GameScheduler.Core.Guilds;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Records the emulator's seeded guilds (seed.json) in the database, with their channels and roles, as the bot does when
/// its gateway session sees them, so the Api's tests do not depend on the bot's timing. Idempotent.
/// </summary>
public static class SeedGuilds
{
    public static async Task EnsureAsync(GraphFixture graph)
    {
        await using var writer = await DomainWriter.ForGraphAsync(graph);
        await writer.RunAsync<GuildSyncService>(sync => sync.SyncAsync(GuildA, default));
        await writer.RunAsync<GuildSyncService>(sync => sync.SyncAsync(GuildB, default));
    }

    public static GuildSnapshot GuildA { get; } = new(Seed.GuildA, "Guild A", null, Seed.AliceOwner,
        [new ChannelSnapshot(Seed.GuildAGeneral, "general"), new ChannelSnapshot(Seed.GuildAGameNight, "game-night")],
        [new RoleSnapshot(Seed.GuildA, "@everyone", Seed.EveryonePermissions), new RoleSnapshot(Seed.GameMasterRole, "Game Master", 32)])
    {
        BotUserId = Seed.Bot,
    };

    public static GuildSnapshot GuildB { get; } = new(Seed.GuildB, "Guild B", null, Seed.BobOwner,
        [new ChannelSnapshot(Seed.GuildBGeneral, "general"), new ChannelSnapshot(Seed.GuildBRaids, "raids")],
        [new RoleSnapshot(Seed.GuildB, "@everyone", Seed.EveryonePermissions), new RoleSnapshot(Seed.RaidLeadRole, "Raid Lead", 0)])
    {
        BotUserId = Seed.Bot,
    };
}
