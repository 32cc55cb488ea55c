namespace GameScheduler.Api.Guilds;

/// <summary>The body of a guild's configuration: the roles whose holders are bot managers (replacing the current list).</summary>
public sealed record GuildConfigRequest(IReadOnlyList<string>? BotManagerRoleIds);
