using GameScheduler.Core.Guilds;

namespace GameScheduler.Core.Members;

/// <summary>A caller inside one guild: the input of every permission rule.</summary>
public sealed record GuildMember(string UserId, Guild Guild, GuildAccess Access)
{
    /// <summary>The guild's owner, ADMINISTRATOR or MANAGE_GUILD holders, and holders of a configured bot-manager role.</summary>
    public bool IsBotManager =>
        Access.HasManageGuildPermission
        || Guild.OwnerId == UserId
        || HoldsAnyOf(Guild.BotManagerRoleIds);

    public bool HoldsAnyOf(IEnumerable<string> roleIds) => roleIds.Any(Access.RoleIds.Contains);
}
