using System.Text.Json.Serialization;

namespace GameScheduler.Api.Realtime;

/// <summary>One SSE event: <c>id:</c> is the broker event's id, <c>data:</c> this record as JSON.</summary>
public sealed record GameUpdate(
    [property: JsonIgnore] string EventId,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("game_id")] string? GameId,
    [property: JsonPropertyName("guild_id")] string? GuildId)
{
    public static GameUpdate Resync() => new("resync", "resync", null, null);
}
