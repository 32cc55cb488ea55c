namespace GameScheduler.Core.Members;

/// <summary>What Discord says about the caller in one guild.</summary>
/// <param name="RoleIds">The member's role ids.</param>
/// <param name="HasManageGuildPermission">True when the member holds ADMINISTRATOR or MANAGE_GUILD.</param>
public sealed record GuildAccess(IReadOnlySet<string> RoleIds, bool HasManageGuildPermission)
{
    public static GuildAccess WithoutRoles { get; } = new(new HashSet<string>(), false);
}
