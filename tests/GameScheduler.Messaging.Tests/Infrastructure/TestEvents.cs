using System.Diagnostics;
using System.Text;
using System.Text.Json;
using GameScheduler.Core.Events;
using GameScheduler.Core.Outbox;

namespace GameScheduler.Messaging.Tests.Infrastructure;

/// <summary>Events as the system writes them: outbox rows for the relay, message bodies for the consumers.</summary>
public static class TestEvents
{
    public const string GuildId = "100000000000000001";

    public static OutboxMessage OutboxRow(string type = EventTypes.GameUpdated, string guildId = GuildId)
    {
        var occurredAt = DateTimeOffset.UtcNow;
        var envelope = new EventEnvelope<GameEventData>(Guid.CreateVersion7(), type, occurredAt, new GameEventData(Guid.NewGuid(), guildId));
        return new OutboxMessage
        {
            Id = envelope.Id,
            Type = type,
            RoutingKey = EventRouting.RoutingKey(type, guildId),
            Payload = EventJson.Serialize(envelope),
            OccurredAt = occurredAt,
            Traceparent = NewTraceparent(),
        };
    }

    /// <summary>A game event's message body; <paramref name="failing"/> makes <see cref="RecordingHandler"/> throw.</summary>
    public static byte[] Body(Guid eventId, bool failing = false) =>
        Encoding.UTF8.GetBytes(EventJson.Serialize(new EventEnvelope<object>(eventId, EventTypes.GameUpdated, DateTimeOffset.UtcNow,
            new { GameId = Guid.NewGuid(), GuildId, Fail = failing })));

    public static string GameRoutingKey => EventRouting.RoutingKey(EventTypes.GameUpdated, GuildId);

    public static string NewTraceparent() =>
        $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01";

    public static bool IsFailing(JsonElement data) =>
        data.TryGetProperty("fail", out var fail) && fail.ValueKind == JsonValueKind.True;
}
