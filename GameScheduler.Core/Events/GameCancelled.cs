namespace GameScheduler.Core.Events;

public sealed record GameCancelled(Guid GameId, string GuildId) : GameEvent(GameId, GuildId), IIntegrationEvent
{
    public static string EventType => "game.cancelled";
}
