using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>
/// What Discord refuses the bot: 50001 Missing Access for a guild it is not in or a channel it cannot
/// view, 50013 Missing Permissions for a channel where it lacks a permission the route needs.
/// </summary>
public static class BotAccess
{
    /// <summary>Null when the guild exists and the bot is a member.</summary>
    public static DiscordError? ToGuild(DiscordDirectory directory, string guildId)
    {
        if (directory.FindGuild(guildId) is null)
        {
            return DiscordError.UnknownGuild;
        }

        return directory.FindMembership(guildId, directory.Bot.Id) is null ? DiscordError.MissingAccess : null;
    }

    /// <summary>Null when the bot may act in the channel: always in its DMs, in a guild channel with <paramref name="required"/>.</summary>
    public static DiscordError? ToChannel(DiscordDirectory directory, Channel channel, ulong required)
    {
        if (channel.GuildId is not { } guildId)
        {
            return null;
        }

        if (directory.FindGuild(guildId) is not { } guild || directory.FindMembership(guildId, directory.Bot.Id) is not { } membership)
        {
            return DiscordError.MissingAccess;
        }

        var permissions = Permissions.InChannel(guild, membership, channel);
        if ((permissions & Permissions.ViewChannel) == 0)
        {
            return DiscordError.MissingAccess;
        }

        return (permissions & required) == required ? null : DiscordError.MissingPermissions;
    }
}
