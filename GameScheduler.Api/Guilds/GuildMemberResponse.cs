namespace GameScheduler.Api.Guilds;

/// <summary>A member of a guild as suggestions show them: the id to add and the name the guild shows.</summary>
public sealed record GuildMemberResponse(string UserId, string DisplayName);
