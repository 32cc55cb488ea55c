using GameScheduler.Core.Guilds;
using GameScheduler.Discord.Models;
using Channel = GameScheduler.Discord.Models.Channel;
using Guild = GameScheduler.Discord.Models.Guild;
using PermissionOverwrite = GameScheduler.Discord.Models.PermissionOverwrite;

namespace GameScheduler.Bot.Gateway;

internal static class GuildSnapshots
{
    /// <summary>
    /// The guild as Core stores it: the channels a game can be announced in with their overwrites, every role, and
    /// the roles of the bot's own member (<paramref name="botUserId"/>).
    /// </summary>
    public static GuildSnapshot From(Guild guild, string botUserId) => new(
        guild.Id,
        guild.Name,
        guild.Icon,
        guild.OwnerId ?? "",
        [.. (guild.Channels ?? []).Where(IsAnnouncable).Select(Channel)],
        [.. (guild.Roles ?? []).Select(Role)])
    {
        BotUserId = botUserId,
        BotRoleIds = (guild.Members ?? []).FirstOrDefault(member => member.User?.Id == botUserId)?.Roles ?? [],
    };

    /// <summary>The guild without its channels and roles, as GUILD_UPDATE reports it.</summary>
    public static GuildProfile Profile(Guild guild) => new(guild.Id, guild.Name, guild.Icon, guild.OwnerId ?? "");

    public static RoleSnapshot Role(Role role) => new(role.Id, role.Name, (long)DiscordPermissions.Parse(role.Permissions));

    public static ChannelSnapshot Channel(Channel channel) => new(channel.Id, channel.Name ?? channel.Id)
    {
        PermissionOverwrites = [.. (channel.PermissionOverwrites ?? []).Select(ToCore)],
    };

    /// <summary>Whether a game can be announced in the channel: only those are mirrored.</summary>
    public static bool IsAnnouncable(Channel channel) => channel.Type is ChannelType.GuildText or ChannelType.GuildAnnouncement;

    private static Core.Guilds.PermissionOverwrite ToCore(PermissionOverwrite overwrite) => new(
        overwrite.Id,
        (Core.Guilds.PermissionOverwriteType)overwrite.Type,
        (long)DiscordPermissions.Parse(overwrite.Allow),
        (long)DiscordPermissions.Parse(overwrite.Deny));
}
