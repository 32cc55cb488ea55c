using GameScheduler.Core.Guilds;
using GameScheduler.Discord.Models;
using Channel = GameScheduler.Discord.Models.Channel;
using Guild = GameScheduler.Discord.Models.Guild;

namespace GameScheduler.Bot.Gateway;

internal static class GuildSnapshots
{
    /// <summary>The guild as Core stores it: the channels a game can be announced in, and every role.</summary>
    public static GuildSnapshot From(Guild guild) => new(
        guild.Id,
        guild.Name,
        guild.Icon,
        guild.OwnerId ?? "",
        [.. (guild.Channels ?? []).Where(IsAnnouncable).Select(channel => new ChannelSnapshot(channel.Id, channel.Name ?? channel.Id))],
        [.. (guild.Roles ?? []).Select(Role)]);

    /// <summary>The guild without its channels and roles, as GUILD_UPDATE reports it.</summary>
    public static GuildProfile Profile(Guild guild) => new(guild.Id, guild.Name, guild.Icon, guild.OwnerId ?? "");

    public static RoleSnapshot Role(Role role) => new(role.Id, role.Name, (long)DiscordPermissions.Parse(role.Permissions));

    private static bool IsAnnouncable(Channel channel) => channel.Type is ChannelType.GuildText or ChannelType.GuildAnnouncement;
}
