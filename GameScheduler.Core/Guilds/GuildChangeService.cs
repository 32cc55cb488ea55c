using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

/// <summary>
/// Applies one change Discord reports about a guild (a renamed guild, a new or deleted channel or role, the bot
/// removed) to its
/// mirror, under the same lock and rules as <see cref="GuildSyncService"/>. A change to a guild not yet synced is
/// skipped: its GUILD_CREATE brings everything.
/// </summary>
public sealed class GuildChangeService(GameSchedulerDbContext db, TimeProvider time)
{
    public Task UpdateGuildAsync(GuildProfile profile, CancellationToken cancellationToken) =>
        ChangeAsync(profile.Id, (guild, _) =>
        {
            profile.ApplyTo(guild, time.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);

    public Task UpsertRoleAsync(string guildId, RoleSnapshot role, CancellationToken cancellationToken) =>
        ChangeAsync(guildId, async (guild, ct) =>
        {
            var stored = await db.Roles.SingleOrDefaultAsync(stored => stored.GuildId == guild.Id && stored.Id == role.Id, ct);
            GuildRoleMirror.Upsert(db, guild.Id, stored, role);
        }, cancellationToken);

    public Task DeleteRoleAsync(string guildId, string roleId, CancellationToken cancellationToken) =>
        ChangeAsync(guildId, (guild, ct) => GuildRoleMirror.ForgetAsync(db, guild, [roleId], ct), cancellationToken);

    public Task SetBotRolesAsync(string guildId, IReadOnlyList<string> roleIds, CancellationToken cancellationToken) =>
        ChangeAsync(guildId, (guild, _) =>
        {
            guild.BotRoleIds = [.. roleIds];
            return Task.CompletedTask;
        }, cancellationToken);

    public Task UpsertChannelAsync(string guildId, ChannelSnapshot channel, CancellationToken cancellationToken) =>
        ChangeAsync(guildId, async (guild, ct) =>
        {
            var stored = await db.Channels.SingleOrDefaultAsync(stored => stored.GuildId == guild.Id && stored.Id == channel.Id, ct);
            GuildChannelMirror.Upsert(db, guild.Id, stored, channel);
        }, cancellationToken);

    public Task DeleteChannelAsync(string guildId, string channelId, CancellationToken cancellationToken) =>
        ChangeAsync(guildId, (guild, ct) => GuildChannelMirror.ForgetAsync(db, guild.Id, [channelId], time.GetUtcNow(), ct), cancellationToken);

    /// <summary>
    /// The bot was removed from the guild: it disappears from the dashboard with its games and templates. They are kept
    /// (a kick by mistake loses nothing, and events already in the outbox still find their rows) and come back with
    /// the guild's next GUILD_CREATE.
    /// </summary>
    public Task RemoveGuildAsync(string guildId, CancellationToken cancellationToken) =>
        ChangeAsync(guildId, (guild, _) =>
        {
            guild.RemovedAt = time.GetUtcNow();
            return Task.CompletedTask;
        }, cancellationToken);

    private Task ChangeAsync(string guildId, Func<Guild, CancellationToken, Task> change, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            if (await GuildLocks.LockAsync(db, guildId, ct) is not { } guild) return;
            await change(guild, ct);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
}
