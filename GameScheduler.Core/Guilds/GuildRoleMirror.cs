using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

/// <summary>How a guild's roles follow Discord; the full sync and single role changes apply the same rules.</summary>
internal static class GuildRoleMirror
{
    /// <summary>Stores the role as Discord now reports it; <paramref name="stored"/> is its row, null when new.</summary>
    public static void Upsert(GameSchedulerDbContext db, string guildId, GuildRole? stored, RoleSnapshot role)
    {
        if (stored is null)
        {
            db.Roles.Add(new GuildRole { Id = role.Id, GuildId = guildId, Name = role.Name, Permissions = role.Permissions });
            return;
        }

        stored.Name = role.Name;
        stored.Permissions = role.Permissions;
    }

    /// <summary>
    /// Drops roles Discord deleted, and their ids from the guild's bot-manager roles, its channels' overwrites and the
    /// role lists of its templates and scheduled games, so that saving any of them never trips over a role that no
    /// longer exists.
    /// </summary>
    public static async Task ForgetAsync(GameSchedulerDbContext db, Guild guild, IReadOnlyCollection<string> roleIds, CancellationToken ct)
    {
        if (roleIds.Count == 0) return;
        await db.Roles.Where(role => role.GuildId == guild.Id && roleIds.Contains(role.Id)).ExecuteDeleteAsync(ct);
        guild.BotManagerRoleIds = Without(guild.BotManagerRoleIds, roleIds);
        foreach (var channel in await db.Channels.Where(channel => channel.GuildId == guild.Id).ToListAsync(ct))
        {
            if (channel.PermissionOverwrites.Any(overwrite => Names(overwrite, roleIds)))
            {
                channel.PermissionOverwrites = [.. channel.PermissionOverwrites.Where(overwrite => !Names(overwrite, roleIds))];
            }
        }

        foreach (var template in await db.Templates.Where(template => template.GuildId == guild.Id).ToListAsync(ct))
        {
            template.AllowedHostRoleIds = Without(template.AllowedHostRoleIds, roleIds);
            template.AllowedPlayerRoleIds = Without(template.AllowedPlayerRoleIds, roleIds);
            template.NotifyRoleIds = Without(template.NotifyRoleIds, roleIds);
        }

        foreach (var game in await db.Games.Where(game => game.GuildId == guild.Id && game.Status == GameStatus.Scheduled).ToListAsync(ct))
        {
            game.AllowedPlayerRoleIds = Without(game.AllowedPlayerRoleIds, roleIds);
            game.NotifyRoleIds = Without(game.NotifyRoleIds, roleIds);
        }
    }

    private static List<string> Without(List<string> roleIds, IReadOnlyCollection<string> forgotten) =>
        roleIds.Any(forgotten.Contains) ? [.. roleIds.Except(forgotten)] : roleIds;

    private static bool Names(PermissionOverwrite overwrite, IReadOnlyCollection<string> roleIds) =>
        overwrite.Type == PermissionOverwriteType.Role && roleIds.Contains(overwrite.Id);
}
