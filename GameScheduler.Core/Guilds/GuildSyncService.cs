using GameScheduler.Core.Data;
using GameScheduler.Core.Templates;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

/// <summary>Mirrors a guild the bot sees (READY, GUILD_CREATE) into the database.</summary>
public sealed class GuildSyncService(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>
    /// Upserts the guild, its channels and roles in one transaction, and gives the guild its default template the
    /// first time it is seen. Channels gone from Discord are dropped, or marked deleted while a game or template still
    /// points at them.
    /// </summary>
    public Task SyncAsync(GuildSnapshot snapshot, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var now = time.GetUtcNow();
            var guild = await LockOrCreateGuildAsync(snapshot, now, ct);
            guild.Name = snapshot.Name;
            guild.IconHash = snapshot.IconHash;
            guild.OwnerId = snapshot.OwnerId;
            guild.BotUserId = snapshot.BotUserId;
            guild.BotRoleIds = [.. snapshot.BotRoleIds];
            guild.UpdatedAt = now;

            await SyncChannelsAsync(snapshot, now, ct);
            await SyncRolesAsync(snapshot, ct);

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
        var locked = await db.Guilds.FromSql($"SELECT * FROM guilds WHERE id = {snapshot.Id} FOR UPDATE").ToListAsync(ct);
        return locked.Single();
    }

    private async Task SyncChannelsAsync(GuildSnapshot snapshot, DateTimeOffset now, CancellationToken ct)
    {
        var currentIds = snapshot.Channels.Select(channel => channel.Id).ToList();
        await db.Channels
            .Where(channel => channel.GuildId == snapshot.Id && !currentIds.Contains(channel.Id))
            .Where(channel => !db.Games.Any(game => game.ChannelId == channel.Id))
            .Where(channel => !db.Templates.Any(template => template.ChannelId == channel.Id))
            .ExecuteDeleteAsync(ct);
        await db.Channels
            .Where(channel => channel.GuildId == snapshot.Id && !currentIds.Contains(channel.Id) && channel.DeletedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(channel => channel.DeletedAt, now), ct);

        var known = await db.Channels.Where(channel => channel.GuildId == snapshot.Id).ToDictionaryAsync(channel => channel.Id, ct);
        foreach (var channel in snapshot.Channels)
        {
            if (known.TryGetValue(channel.Id, out var existing))
            {
                existing.Name = channel.Name;
                existing.PermissionOverwrites = [.. channel.PermissionOverwrites];
            }
            else
            {
                db.Channels.Add(new Channel
                {
                    Id = channel.Id,
                    GuildId = snapshot.Id,
                    Name = channel.Name,
                    PermissionOverwrites = [.. channel.PermissionOverwrites],
                });
            }
        }
    }

    private async Task SyncRolesAsync(GuildSnapshot snapshot, CancellationToken ct)
    {
        var known = await db.Roles.Where(role => role.GuildId == snapshot.Id).ToDictionaryAsync(role => role.Id, ct);
        db.Roles.RemoveRange(known.Values.Where(role => snapshot.Roles.All(current => current.Id != role.Id)));
        foreach (var role in snapshot.Roles)
        {
            if (known.TryGetValue(role.Id, out var existing))
            {
                existing.Name = role.Name;
                existing.Permissions = role.Permissions;
            }
            else
            {
                db.Roles.Add(new GuildRole { Id = role.Id, GuildId = snapshot.Id, Name = role.Name, Permissions = role.Permissions });
            }
        }
    }
}
