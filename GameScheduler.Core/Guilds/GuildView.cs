using GameScheduler.Core.Members;

namespace GameScheduler.Core.Guilds;

/// <summary>A guild as one member sees it.</summary>
public sealed record GuildView(string Id, string Name, string? IconHash, bool IsBotManager, IReadOnlyList<string> BotManagerRoleIds)
{
    public static GuildView Of(Guild guild, Membership member) =>
        new(guild.Id, guild.Name, guild.IconHash, member.IsBotManagerOf(guild), [.. guild.BotManagerRoleIds]);
}

public sealed record ChannelView(string Id, string Name);

public sealed record RoleView(string Id, string Name);
