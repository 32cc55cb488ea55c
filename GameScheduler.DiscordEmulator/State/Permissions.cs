using System.Globalization;

namespace GameScheduler.DiscordEmulator.State;

/// <summary>Discord's permission arithmetic for a member: @everyone plus their roles; owners and administrators get everything.</summary>
public static class Permissions
{
    public const ulong Administrator = 1UL << 3;

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

    public static string Format(ulong permissions) => permissions.ToString(CultureInfo.InvariantCulture);

    private static ulong Parse(string permissions) => ulong.Parse(permissions, CultureInfo.InvariantCulture);
}
