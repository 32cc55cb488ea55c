using GameScheduler.Core.Guilds;
using GameScheduler.Discord.Models;
using Guild = GameScheduler.Discord.Models.Guild;

namespace GameScheduler.Bot.Gateway;

/// <summary>
/// Mirrors what the gateway says about guilds: each guild with its channels, roles and the bot's own roles into the
/// database (which also gives a new guild its default template), its members into the <see cref="MemberProjection"/>;
/// and a member leaving is announced as <c>guild.member_removed</c>, so the web stops streaming that guild's events to them at once.
/// </summary>
internal sealed class GuildEvents(IServiceScopeFactory scopes, MemberProjection members, GatewayReadiness readiness)
{
    /// <summary>The bot's own user, from READY (which precedes every GUILD_CREATE), to find its roles in each guild.</summary>
    private string botUserId = "";

    public ValueTask OnReadyAsync(ReadyEvent ready, CancellationToken ct)
    {
        botUserId = ready.User.Id;
        readiness.SessionStarted(ready.Guilds.Select(guild => guild.Id));
        return ValueTask.CompletedTask;
    }

    public async ValueTask OnGuildCreateAsync(Guild guild, CancellationToken ct)
    {
        if (guild.Unavailable == true) return;

        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<GuildSyncService>().SyncAsync(GuildSnapshots.From(guild, botUserId), ct);
        }

        await members.ReplaceGuildAsync(guild.Id, guild.Members ?? []);
        readiness.GuildSynced(guild.Id);
    }

    public async ValueTask OnMemberChangedAsync(GuildMemberEvent change, CancellationToken ct) =>
        await members.UpsertAsync(change.GuildId, change.Member);

    public async ValueTask OnMemberRemovedAsync(GuildMemberRemoveEvent removal, CancellationToken ct)
    {
        await members.RemoveAsync(removal.GuildId, removal.User.Id);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MemberRemovalService>().RecordAsync(removal.GuildId, removal.User.Id, ct);
    }
}
