using GameScheduler.Core.Guilds;

namespace GameScheduler.Core.Members;

/// <summary>A user's standing in one guild as Discord reports it: the input of every permission rule.</summary>
/// <param name="RoleIds">The member's role ids.</param>
/// <param name="CanManageGuild">True when the member owns the guild or holds ADMINISTRATOR or MANAGE_GUILD.</param>
public sealed record Membership(string UserId, string GuildId, IReadOnlySet<string> RoleIds, bool CanManageGuild)
{
    /// <summary>A member whose roles and permissions are unknown, so that they grant nothing.</summary>
    public static Membership WithoutRoles(string userId, string guildId) => new(userId, guildId, new HashSet<string>(), false);

    /// <summary>The guild's owner, ADMINISTRATOR or MANAGE_GUILD holders, and holders of a configured bot-manager role.</summary>
    public bool IsBotManagerOf(Guild guild) =>
        CanManageGuild
        || guild.OwnerId == UserId
        || HoldsAnyOf(guild.BotManagerRoleIds);

    public bool HoldsAnyOf(IEnumerable<string> roleIds) => roleIds.Any(RoleIds.Contains);
}
