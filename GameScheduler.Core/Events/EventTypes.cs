namespace GameScheduler.Core.Events;

/// <summary>The envelope's <c>type</c> values; each is also the first part of the routing key.</summary>
public static class EventTypes
{
    public const string GameCreated = "game.created";
    public const string GameUpdated = "game.updated";
    public const string GameCancelled = "game.cancelled";
    public const string GuildMemberRemoved = "guild.member_removed";
}
