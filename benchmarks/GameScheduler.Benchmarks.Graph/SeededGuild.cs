using GameScheduler.Core;
using GameScheduler.Core.Data;
using GameScheduler.Core.Guilds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Benchmarks.Graph;

/// <summary>The emulator's seeded "Guild A" (GameScheduler.DiscordEmulator/seed.json), where every benchmark game is played.</summary>
public static class SeededGuild
{
    public const string Id = "1200000000000000001";
    public const string GeneralChannel = "1210000000000000001";

    /// <summary>The guild's owner, who may create games with the default template.</summary>
    public const string Owner = "1300000000000000001";

    /// <summary>What @everyone may do in the guild, the bot included: view channels, send messages, and more.</summary>
    private const long EveryonePermissions = 2147601473;

    /// <summary>Records the guild in the database as the bot would when its gateway session sees it.</summary>
    public static async Task RecordAsync(string databaseConnectionString, CancellationToken ct)
    {
        await using var services = new ServiceCollection()
            .AddDbContext<GameSchedulerDbContext>(options => options
                .UseNpgsql(databaseConnectionString)
                .UseGameSchedulerConventions())
            .AddGameSchedulerCore()
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GuildSyncService>().SyncAsync(
            new GuildSnapshot(Id, "Guild A", null, Owner, [new ChannelSnapshot(GeneralChannel, "general")],
                [new RoleSnapshot(Id, "@everyone", EveryonePermissions)]), ct);
    }
}
