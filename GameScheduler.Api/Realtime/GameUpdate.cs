using System.Text.Json.Serialization;
using GameScheduler.Core.Events;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// What a browser learns about a change: its <c>data:</c> JSON is this record; <see cref="EventId"/> (the broker event's
/// id) goes in the <c>id:</c> line, so a reconnecting browser can say where it left off.
/// </summary>
public sealed record GameUpdate(
    [property: JsonIgnore] string EventId,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("game_id")] string GameId,
    [property: JsonPropertyName("guild_id")] string GuildId)
{
    /// <summary>For example <c>game.updated</c> becomes <c>game_updated</c>.</summary>
    public static GameUpdate From<TEvent>(EventEnvelope<TEvent> envelope)
        where TEvent : GameEvent, IIntegrationEvent =>
        new(envelope.Id.ToString(), TEvent.EventType.Replace('.', '_'), envelope.Data.GameId.ToString(), envelope.Data.GuildId);
}
