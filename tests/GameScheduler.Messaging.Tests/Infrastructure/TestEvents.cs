using System.Diagnostics;
using System.Text;
using GameScheduler.Core.Events;
using GameScheduler.Core.Outbox;

namespace GameScheduler.Messaging.Tests.Infrastructure;

/// <summary>Events as the system writes them: outbox rows for the relay, message bodies for the consumers.</summary>
public static class TestEvents
{
    public const string GuildId = "100000000000000001";

    /// <summary>The game whose events <see cref="RecordingHandler"/> always fails to handle.</summary>
    public static readonly Guid FailingGameId = Guid.Parse("0190f3c4-0000-7000-8000-00000000fa11");

    public static OutboxMessage OutboxRow() => OutboxRow(new GameUpdated(Guid.NewGuid(), GuildId));

    public static OutboxMessage OutboxRow<TEvent>(TEvent data)
        where TEvent : IIntegrationEvent
    {
        var occurredAt = DateTimeOffset.UtcNow;
        var envelope = new EventEnvelope<TEvent>(Guid.CreateVersion7(), TEvent.EventType, occurredAt, data);
        return new OutboxMessage
        {
            Id = envelope.Id,
            Type = TEvent.EventType,
            RoutingKey = EventRouting.RoutingKey(TEvent.EventType, data.GuildId),
            Payload = EventJson.Serialize(envelope),
            OccurredAt = occurredAt,
            Traceparent = NewTraceparent(),
        };
    }

    /// <summary>A game.updated message body; <paramref name="failing"/> makes <see cref="RecordingHandler"/> throw.</summary>
    public static byte[] Body(Guid eventId, bool failing = false) =>
        Body(eventId, new GameUpdated(failing ? FailingGameId : Guid.NewGuid(), GuildId));

    public static byte[] Body<TEvent>(Guid eventId, TEvent data)
        where TEvent : IIntegrationEvent =>
        Encoding.UTF8.GetBytes(EventJson.Serialize(new EventEnvelope<TEvent>(eventId, TEvent.EventType, DateTimeOffset.UtcNow, data)));

    public static string GameRoutingKey => EventRouting.RoutingKey(GameUpdated.EventType, GuildId);

    public static string MemberRemovedRoutingKey => EventRouting.RoutingKey(GuildMemberRemoved.EventType, GuildId);

    public static string NewTraceparent() =>
        $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01";
}
