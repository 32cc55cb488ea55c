using System.Diagnostics;
using GameScheduler.Core.Data;
using GameScheduler.Core.Events;

namespace GameScheduler.Core.Outbox;

/// <summary>Adds an event to the unit of work, so it commits (or rolls back) with the change it describes.</summary>
internal static class OutboxWriter
{
    public static void AddEvent<TData>(this GameSchedulerDbContext db, string eventType, string guildId, TData data, DateTimeOffset now) =>
        db.OutboxMessages.Add(NewEvent(eventType, guildId, data, now));

    /// <summary>The outbox row of an event, for a change that writes its rows without the unit of work.</summary>
    public static OutboxMessage NewEvent<TData>(string eventType, string guildId, TData data, DateTimeOffset now)
    {
        var envelope = new EventEnvelope<TData>(Guid.CreateVersion7(now), eventType, now, data);
        return new OutboxMessage
        {
            Id = envelope.Id,
            Type = eventType,
            RoutingKey = EventRouting.RoutingKey(eventType, guildId),
            Payload = EventJson.Serialize(envelope),
            OccurredAt = now,
            Traceparent = CurrentTraceparent(),
        };
    }

    private static string? CurrentTraceparent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null;
}
