namespace GameScheduler.Core.Events;

/// <summary>The <c>data</c> of guild.member_removed: the user left or was removed from the guild.</summary>
public sealed record MemberRemovedEventData(string GuildId, string UserId);
