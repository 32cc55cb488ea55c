using GameScheduler.Core.Data;
using GameScheduler.Core.Templates;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

/// <summary>Mirrors a guild the bot sees (READY, GUILD_CREATE) into the database.</summary>
public sealed class GuildSyncService(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>
    /// Upserts the guild, its channels and roles in one transaction, and gives the guild its default template the
    /// first time it is seen; a guild the bot was removed from is shown again. Channels gone from Discord are dropped unless a game or template still points at them.
    /// </summary>
    public Task SyncAsync(GuildSnapshot snapshot, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var now = time.GetUtcNow();
            var guild = await LockOrCreateGuildAsync(snapshot, now, ct);
            snapshot.Profile.ApplyTo(guild, now);
            guild.RemovedAt = null;

            await SyncChannelsAsync(snapshot, ct);
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
            INSERT INTO guilds (id, name, icon_hash, owner_id, bot_manager_role_ids, created_at, updated_at)
            VALUES ({snapshot.Id}, {snapshot.Name}, {snapshot.IconHash}, {snapshot.OwnerId}, {Array.Empty<string>()}, {now}, {now})
            ON CONFLICT (id) DO NOTHING
            """, ct);
        return (await GuildLocks.LockAsync(db, snapshot.Id, ct))!;
    }

    private async Task SyncChannelsAsync(GuildSnapshot snapshot, CancellationToken ct)
    {
        var currentIds = snapshot.Channels.Select(channel => channel.Id).ToList();
        await db.Channels
            .Where(channel => channel.GuildId == snapshot.Id && !currentIds.Contains(channel.Id))
            .Where(channel => !db.Games.Any(game => game.ChannelId == channel.Id))
            .Where(channel => !db.Templates.Any(template => template.ChannelId == channel.Id))
            .ExecuteDeleteAsync(ct);

        var known = await db.Channels.Where(channel => channel.GuildId == snapshot.Id).ToDictionaryAsync(channel => channel.Id, ct);
        foreach (var channel in snapshot.Channels)
        {
            if (known.TryGetValue(channel.Id, out var existing)) existing.Name = channel.Name;
            else db.Channels.Add(new Channel { Id = channel.Id, GuildId = snapshot.Id, Name = channel.Name });
        }
    }

    private async Task SyncRolesAsync(Guild guild, GuildSnapshot snapshot, CancellationToken ct)
    {
        var known = await db.Roles.Where(role => role.GuildId == snapshot.Id).ToDictionaryAsync(role => role.Id, ct);
        await GuildRoleMirror.ForgetAsync(db, guild, [.. known.Keys.Except(snapshot.Roles.Select(role => role.Id))], ct);
        foreach (var role in snapshot.Roles) GuildRoleMirror.Upsert(db, guild.Id, known.GetValueOrDefault(role.Id), role);
    }
}
