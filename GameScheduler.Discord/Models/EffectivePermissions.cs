namespace GameScheduler.Discord.Models;

/// <summary>
/// Discord's computation of what a member may do: in the guild, the @everyone role (whose id is the guild's) and the
/// member's roles combined, everything for the owner or an ADMINISTRATOR; in a channel, then the channel's overwrites
/// in Discord's order — @everyone's deny and allow, the member's roles' denies and allows each combined, and the
/// member's own deny and allow.
/// </summary>
public static class EffectivePermissions
{
    /// <summary>Every permission the enum knows, as the owner and administrators hold them.</summary>
    public static Permissions All { get; } = Enum.GetValues<Permissions>().Aggregate(Permissions.None, (all, permission) => all | permission);

    /// <param name="rolePermissions">The guild's roles' permissions by role id; a role missing from it grants nothing.</param>
    public static Permissions InGuild(PermissionSubject member, IReadOnlyDictionary<string, Permissions> rolePermissions)
    {
        if (member.IsOwner) return All;

        var permissions = member.RoleIds.Append(member.GuildId)
            .Aggregate(Permissions.None, (granted, roleId) => granted | rolePermissions.GetValueOrDefault(roleId));
        return permissions.HasFlag(Permissions.Administrator) ? All : permissions;
    }

    /// <param name="rolePermissions">The guild's roles' permissions by role id; a role missing from it grants nothing.</param>
    /// <param name="overwrites">The channel's overwrites, in any order.</param>
    public static Permissions InChannel(
        PermissionSubject member, IReadOnlyDictionary<string, Permissions> rolePermissions, IReadOnlyCollection<ChannelOverwrite> overwrites)
    {
        var permissions = InGuild(member, rolePermissions);
        if (permissions.HasFlag(Permissions.Administrator)) return All;

        var everyone = overwrites.Where(overwrite => overwrite.Type == PermissionOverwriteType.Role && overwrite.Id == member.GuildId);
        var roles = overwrites.Where(overwrite => overwrite.Type == PermissionOverwriteType.Role && member.RoleIds.Contains(overwrite.Id));
        var own = overwrites.Where(overwrite => overwrite.Type == PermissionOverwriteType.Member && overwrite.Id == member.UserId);
        return Apply(Apply(Apply(permissions, everyone), roles), own);
    }

    /// <summary>One tier of overwrites: their denies taken away, then their allows added.</summary>
    private static Permissions Apply(Permissions permissions, IEnumerable<ChannelOverwrite> tier)
    {
        var overwrites = tier.ToList();
        var deny = overwrites.Aggregate(Permissions.None, (bits, overwrite) => bits | overwrite.Deny);
        var allow = overwrites.Aggregate(Permissions.None, (bits, overwrite) => bits | overwrite.Allow);
        return (permissions & ~deny) | allow;
    }
}

/// <summary>A member whose permissions are computed: who they are in which guild, and the roles they hold there.</summary>
public sealed record PermissionSubject(string GuildId, string UserId, bool IsOwner, IReadOnlyCollection<string> RoleIds);

/// <summary>A channel overwrite with its bit sets read (see <see cref="PermissionOverwrite"/> for the wire shape).</summary>
public sealed record ChannelOverwrite(string Id, PermissionOverwriteType Type, Permissions Allow, Permissions Deny);
