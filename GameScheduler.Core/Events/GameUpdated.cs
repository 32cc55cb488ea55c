namespace GameScheduler.Core.Events;

/// <summary>Any change to a scheduled game: an edit, a roster change, a status reached by its schedule.</summary>
public sealed record GameUpdated(Guid GameId, string GuildId) : GameEvent(GameId, GuildId), IIntegrationEvent
{
    public static string EventType => "game.updated";
}
