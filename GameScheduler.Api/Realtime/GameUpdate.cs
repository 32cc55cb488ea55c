using System.Text.Json.Nodes;
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
    /// <summary>
    /// The game as everyone sees it once the change was made (with its <c>version</c>, without a viewer's own fields),
    /// so that a browser can show it without asking; absent when it could not be read, and in replayed events.
    /// </summary>
    [JsonPropertyName("game")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Game { get; init; }

    /// <summary>
    /// With <see cref="Game"/>, on a change of the roster alone: the only users whose own fields (may join, may leave,
    /// is a participant...) may have changed; everyone else keeps theirs. Absent when anyone's may have.
    /// </summary>
    [JsonPropertyName("affected_user_ids")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? AffectedUserIds { get; init; }

    /// <summary>For example <c>game.updated</c> becomes <c>game_updated</c>.</summary>
    public static GameUpdate From<TEvent>(EventEnvelope<TEvent> envelope)
        where TEvent : GameEvent, IIntegrationEvent =>
        new(envelope.Id.ToString(), TEvent.EventType.Replace('.', '_'), envelope.Data.GameId.ToString(), envelope.Data.GuildId);

    /// <summary>This update carrying <paramref name="game"/>, the state <paramref name="change"/> led to.</summary>
    public GameUpdate WithState(JsonObject game, GameEvent change) => this with
    {
        Game = game,
        AffectedUserIds = change.RosterOnly ? [.. change.ParticipantChanges.Select(participant => participant.UserId).Distinct()] : null,
    };
}
