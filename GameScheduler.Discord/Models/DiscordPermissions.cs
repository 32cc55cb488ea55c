namespace GameScheduler.Discord.Models;

public static class DiscordPermissions
{
    /// <summary>A permission set as Discord serializes it (a decimal string, since it outgrows 53 bits); none when absent or malformed.</summary>
    public static Permissions Parse(string? bits) => ulong.TryParse(bits, out var value) ? (Permissions)value : Permissions.None;

    /// <summary>ADMINISTRATOR or MANAGE_GUILD: the bits that let a member manage the guild's settings.</summary>
    public static bool CanManageGuild(this Permissions permissions) =>
        (permissions & (Permissions.Administrator | Permissions.ManageGuild)) != 0;
}
