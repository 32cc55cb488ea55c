namespace GameScheduler.Core.Events;

public sealed record GameCreated(Guid GameId, string GuildId) : GameEvent(GameId, GuildId), IIntegrationEvent
{
    public static string EventType => "game.created";
}
