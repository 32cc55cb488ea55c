using System.Diagnostics;
using GameScheduler.Core.Data;
using GameScheduler.Core.Events;

namespace GameScheduler.Core.Outbox;

/// <summary>Adds an event to the unit of work, so it commits (or rolls back) with the change it describes.</summary>
internal static class OutboxWriter
{
    public static void AddEvent<TEvent>(this GameSchedulerDbContext db, TEvent data, DateTimeOffset now)
        where TEvent : IIntegrationEvent =>
        db.OutboxMessages.Add(NewEvent(data, now));

    /// <summary>The outbox row of an event, for a change that writes its rows without the unit of work.</summary>
    public static OutboxMessage NewEvent<TEvent>(TEvent data, DateTimeOffset now)
        where TEvent : IIntegrationEvent
    {
        var envelope = new EventEnvelope<TEvent>(Guid.CreateVersion7(now), TEvent.EventType, now, data);
        return new OutboxMessage
        {
            Id = envelope.Id,
            Type = TEvent.EventType,
            RoutingKey = EventRouting.RoutingKey(TEvent.EventType, data.GuildId),
            Payload = EventJson.Serialize(envelope),
            OccurredAt = now,
            Traceparent = CurrentTraceparent(),
        };
    }

    private static string? CurrentTraceparent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null;
}
