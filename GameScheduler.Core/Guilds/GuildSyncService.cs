using GameScheduler.Core.Data;
using GameScheduler.Core.Templates;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

/// <summary>Mirrors a guild the bot sees (READY, GUILD_CREATE) into the database.</summary>
public sealed class GuildSyncService(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>
    /// Upserts the guild, its channels and roles in one transaction, and gives the guild its default template the
    /// first time it is seen; a guild the bot was removed from is shown again. Channels gone from Discord are dropped,
    /// or marked deleted while a game or template still points at them.
    /// </summary>
    public Task SyncAsync(GuildSnapshot snapshot, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var now = time.GetUtcNow();
            var guild = await LockOrCreateGuildAsync(snapshot, now, ct);
            snapshot.Profile.ApplyTo(guild, now);
            guild.BotUserId = snapshot.BotUserId;
            guild.BotRoleIds = [.. snapshot.BotRoleIds];
            guild.RemovedAt = null;

            await SyncChannelsAsync(snapshot, now, ct);
            await SyncRolesAsync(guild, snapshot, ct);

            if (!await db.Templates.AnyAsync(template => template.GuildId == guild.Id && template.IsDefault, ct))
            {
                db.Templates.Add(DefaultTemplate.For(guild.Id, snapshot.Channels.FirstOrDefault()?.Id, now));
            }

            await db.SaveChangesAsync(ct);
        }, cancellationToken);

    /// <summary>Two bot instances may see the same guild at once; the row lock makes their syncs take turns.</summary>
    private async Task<Guild> LockOrCreateGuildAsync(GuildSnapshot snapshot, DateTimeOffset now, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO guilds (id, name, icon_hash, owner_id, bot_manager_role_ids, bot_user_id, bot_role_ids, created_at, updated_at)
            VALUES ({snapshot.Id}, {snapshot.Name}, {snapshot.IconHash}, {snapshot.OwnerId}, {Array.Empty<string>()}, {snapshot.BotUserId},
                {Array.Empty<string>()}, {now}, {now})
            ON CONFLICT (id) DO NOTHING
            """, ct);
        return (await GuildLocks.LockAsync(db, snapshot.Id, ct))!;
    }

    private async Task SyncChannelsAsync(GuildSnapshot snapshot, DateTimeOffset now, CancellationToken ct)
    {
        var known = await db.Channels.Where(channel => channel.GuildId == snapshot.Id).ToDictionaryAsync(channel => channel.Id, ct);
        await GuildChannelMirror.ForgetAsync(db, snapshot.Id, [.. known.Keys.Except(snapshot.Channels.Select(channel => channel.Id))], now, ct);
        foreach (var channel in snapshot.Channels) GuildChannelMirror.Upsert(db, snapshot.Id, known.GetValueOrDefault(channel.Id), channel);
    }

    private async Task SyncRolesAsync(Guild guild, GuildSnapshot snapshot, CancellationToken ct)
    {
        var known = await db.Roles.Where(role => role.GuildId == snapshot.Id).ToDictionaryAsync(role => role.Id, ct);
        await GuildRoleMirror.ForgetAsync(db, guild, [.. known.Keys.Except(snapshot.Roles.Select(role => role.Id))], ct);
        foreach (var role in snapshot.Roles) GuildRoleMirror.Upsert(db, guild.Id, known.GetValueOrDefault(role.Id), role);
    }
}
