namespace GameScheduler.Discord.Models;

/// <summary>
/// READY: the session is established. Keep <see cref="SessionId"/> and <see cref="ResumeGatewayUrl"/> to resume it;
/// <see cref="Guilds"/> are unavailable until their GUILD_CREATE arrives.
/// </summary>
public sealed record ReadyEvent(
    int V,
    User User,
    IReadOnlyList<UnavailableGuild> Guilds,
    string SessionId,
    string ResumeGatewayUrl,
    ReadyApplication Application);

public sealed record ReadyApplication(string Id, int Flags = 0);

/// <summary>
/// GUILD_MEMBER_ADD and GUILD_MEMBER_UPDATE (same shape): a member joined, or its roles, nickname or user changed.
/// </summary>
public sealed record GuildMemberEvent(
    string GuildId,
    User User,
    IReadOnlyList<string> Roles,
    string? Nick = null,
    DateTimeOffset? JoinedAt = null)
{
    public GuildMember Member => new(User, Roles, Nick, JoinedAt);
}

/// <summary>GUILD_MEMBER_REMOVE: the user left, was kicked or banned.</summary>
public sealed record GuildMemberRemoveEvent(string GuildId, User User);

/// <summary>GUILD_ROLE_CREATE and GUILD_ROLE_UPDATE (same shape): the role as it now is.</summary>
public sealed record GuildRoleEvent(string GuildId, Role Role);

/// <summary>GUILD_ROLE_DELETE: the role is gone from the guild.</summary>
public sealed record GuildRoleDeleteEvent(string GuildId, string RoleId);
