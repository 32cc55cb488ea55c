namespace GameScheduler.Core.Events;

/// <summary>The user left or was removed from the guild.</summary>
public sealed record GuildMemberRemoved(string GuildId, string UserId) : IIntegrationEvent
{
    public static string EventType => "guild.member_removed";
}
