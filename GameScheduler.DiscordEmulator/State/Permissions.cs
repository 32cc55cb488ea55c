using System.Globalization;
using GameScheduler.DiscordEmulator.Models;

namespace GameScheduler.DiscordEmulator.State;

/// <summary>
/// Discord's permission arithmetic for a member: @everyone plus their roles, owners and administrators
/// get everything; in a channel, then the @everyone overwrite, their roles' overwrites and their own.
/// </summary>
public static class Permissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong AttachFiles = 1UL << 15;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong MentionEveryone = 1UL << 17;
    public const ulong UseExternalEmojis = 1UL << 18;

    /// <summary>What an app may do in its bot user's DMs, as Discord reports in an interaction's app_permissions.</summary>
    public const ulong InBotDirectMessage = AttachFiles | EmbedLinks | MentionEveryone | UseExternalEmojis;

    /// <summary>Every permission bit Discord defines (bits 0 to 50), as it reports for owners and administrators.</summary>
    public const ulong All = (1UL << 51) - 1;

    public static ulong Of(Guild guild, Membership membership)
    {
        if (membership.UserId == guild.OwnerId)
        {
            return All;
        }

        var granted = guild.Roles
            .Where(role => role.Id == guild.Id || membership.RoleIds.Contains(role.Id))
            .Aggregate(0UL, (bits, role) => bits | Parse(role.Permissions));
        return (granted & Administrator) != 0 ? All : granted;
    }

    /// <summary>The member's permissions in one of the guild's channels, overwrites applied in Discord's order.</summary>
    public static ulong InChannel(Guild guild, Membership membership, Channel channel)
    {
        var permissions = Of(guild, membership);
        if ((permissions & Administrator) != 0)
        {
            return All;
        }

        var overwrites = channel.PermissionOverwrites ?? [];
        var everyone = overwrites.FirstOrDefault(overwrite => overwrite.Type == PermissionOverwrite.RoleType && overwrite.Id == guild.Id);
        permissions = Apply(permissions, Parse(everyone?.Deny), Parse(everyone?.Allow));

        var roles = overwrites.Where(overwrite => overwrite.Type == PermissionOverwrite.RoleType && membership.RoleIds.Contains(overwrite.Id)).ToList();
        permissions = Apply(
            permissions,
            roles.Aggregate(0UL, (bits, overwrite) => bits | Parse(overwrite.Deny)),
            roles.Aggregate(0UL, (bits, overwrite) => bits | Parse(overwrite.Allow)));

        var member = overwrites.FirstOrDefault(overwrite => overwrite.Type == PermissionOverwrite.MemberType && overwrite.Id == membership.UserId);
        return Apply(permissions, Parse(member?.Deny), Parse(member?.Allow));
    }

    public static string Format(ulong permissions) => permissions.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal bit set as Discord serialises it; false for anything else.</summary>
    public static bool TryParse(string? permissions, out ulong bits) =>
        ulong.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out bits);

    private static ulong Apply(ulong permissions, ulong deny, ulong allow) => (permissions & ~deny) | allow;

    private static ulong Parse(string? permissions) =>
        permissions is null ? 0 : ulong.Parse(permissions, CultureInfo.InvariantCulture);
}
