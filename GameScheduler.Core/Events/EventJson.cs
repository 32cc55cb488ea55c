using System.Text.Json;
using System.Text.Json.Serialization;

namespace GameScheduler.Core.Events;

/// <summary>The one JSON shape of events on the wire: snake_case names, enums as snake_case strings.</summary>
public static class EventJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        // A consumer rejects data lacking a field its event type needs, instead of handing a handler a null.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string Serialize<TData>(EventEnvelope<TData> envelope) => JsonSerializer.Serialize(envelope, Options);

    /// <summary>Reads a message body; throws <see cref="JsonException"/> when it is not an envelope.</summary>
    public static EventEnvelope<TData> Deserialize<TData>(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize<EventEnvelope<TData>>(body, Options)
        ?? throw new JsonException("The message body is JSON null, not an event envelope.");
}
