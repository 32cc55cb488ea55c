using GameScheduler.Core.Guilds;
using GameScheduler.Discord.Models;
using Channel = GameScheduler.Discord.Models.Channel;
using Guild = GameScheduler.Discord.Models.Guild;

namespace GameScheduler.Bot.Gateway;

/// <summary>
/// Mirrors what the gateway says about guilds: each guild with its channels, roles and the bot's own roles into the
/// database (which also gives a new guild its default template) and each later change to them as it happens, its members
/// into the <see cref="MemberProjection"/>; and a member leaving is announced as <c>guild.member_removed</c>, so the web
/// stops streaming that guild's events to them at once.
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

    /// <summary>An outage (<c>unavailable</c>) changes nothing; the bot's removal takes the guild off the dashboard.</summary>
    public async ValueTask OnGuildDeleteAsync(UnavailableGuild deletion, CancellationToken ct)
    {
        if (!deletion.BotWasRemoved) return;
        await ChangeAsync(changes => changes.RemoveGuildAsync(deletion.Id, ct));
        await members.ReplaceGuildAsync(deletion.Id, []);
        readiness.GuildSynced(deletion.Id);
    }

    public async ValueTask OnGuildUpdateAsync(Guild guild, CancellationToken ct) =>
        await ChangeAsync(changes => changes.UpdateGuildAsync(GuildSnapshots.Profile(guild), ct));

    public async ValueTask OnRoleChangedAsync(GuildRoleEvent change, CancellationToken ct) =>
        await ChangeAsync(changes => changes.UpsertRoleAsync(change.GuildId, GuildSnapshots.Role(change.Role), ct));

    public async ValueTask OnRoleDeletedAsync(GuildRoleDeleteEvent deletion, CancellationToken ct) =>
        await ChangeAsync(changes => changes.DeleteRoleAsync(deletion.GuildId, deletion.RoleId, ct));

    public async ValueTask OnChannelChangedAsync(Channel channel, CancellationToken ct)
    {
        if (channel.GuildId is not { } guildId || !GuildSnapshots.IsAnnouncable(channel)) return;
        await ChangeAsync(changes => changes.UpsertChannelAsync(guildId, GuildSnapshots.Channel(channel), ct));
    }

    public async ValueTask OnChannelDeletedAsync(Channel channel, CancellationToken ct)
    {
        if (channel.GuildId is not { } guildId) return;
        await ChangeAsync(changes => changes.DeleteChannelAsync(guildId, channel.Id, ct));
    }

    /// <summary>The bot's own roles also decide where it may post, so a change to them reaches the mirror too.</summary>
    public async ValueTask OnMemberChangedAsync(GuildMemberEvent change, CancellationToken ct)
    {
        await members.UpsertAsync(change.GuildId, change.Member);
        if (change.User.Id == botUserId)
        {
            await ChangeAsync(changes => changes.SetBotRolesAsync(change.GuildId, change.Roles, ct));
        }
    }

    public async ValueTask OnMemberRemovedAsync(GuildMemberRemoveEvent removal, CancellationToken ct)
    {
        await members.RemoveAsync(removal.GuildId, removal.User.Id);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MemberRemovalService>().RecordAsync(removal.GuildId, removal.User.Id, ct);
    }

    private async Task ChangeAsync(Func<GuildChangeService, Task> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<GuildChangeService>());
    }
}
