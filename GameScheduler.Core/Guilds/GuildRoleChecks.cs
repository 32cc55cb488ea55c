using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

internal static class GuildRoleChecks
{
    /// <summary>The ids among <paramref name="roleIds"/> that are not roles of the guild (a null or malformed one never is).</summary>
    public static async Task<IReadOnlyList<string>> UnknownRoleIdsAsync(
        GameSchedulerDbContext db, string guildId, IEnumerable<string> roleIds, CancellationToken cancellationToken)
    {
        var wanted = roleIds.Distinct().ToList();
        var wellFormed = wanted.Where(DiscordIds.IsWellFormed).ToList();
        if (wellFormed.Count == 0) return wanted;
        var known = await db.Roles.Where(role => role.GuildId == guildId && wellFormed.Contains(role.Id)).Select(role => role.Id).ToListAsync(cancellationToken);
        return [.. wanted.Except(known)];
    }

    /// <summary>Adds a field error for each role list that names a role the guild does not have (and has no error yet).</summary>
    public static async Task AddUnknownRoleErrorsAsync(
        GameSchedulerDbContext db, string guildId, Dictionary<string, string[]> errors, CancellationToken cancellationToken,
        params (string Field, IEnumerable<string> RoleIds)[] roleLists)
    {
        foreach (var (field, roleIds) in roleLists.Where(list => !errors.ContainsKey(list.Field)))
        {
            var unknown = await UnknownRoleIdsAsync(db, guildId, roleIds, cancellationToken);
            if (unknown.Count > 0) errors[field] = [UnknownRolesMessage(unknown)];
        }
    }

    public static string UnknownRolesMessage(IReadOnlyList<string> unknownRoleIds) =>
        $"Unknown role: {string.Join(", ", unknownRoleIds)}.";
}
