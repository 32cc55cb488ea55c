using System.Diagnostics;
using GameScheduler.Core.Data;
using GameScheduler.Core.Events;

namespace GameScheduler.Core.Outbox;

/// <summary>Adds an event to the unit of work, so it commits (or rolls back) with the change it describes.</summary>
internal static class OutboxWriter
{
    public static void AddEvent<TData>(this GameSchedulerDbContext db, string eventType, string guildId, TData data, DateTimeOffset now)
    {
        var envelope = new EventEnvelope<TData>(Guid.CreateVersion7(now), eventType, now, data);
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = envelope.Id,
            Type = eventType,
            RoutingKey = EventRouting.RoutingKey(eventType, guildId),
            Payload = EventJson.Serialize(envelope),
            OccurredAt = now,
            Traceparent = CurrentTraceparent(),
        });
    }

    private static string? CurrentTraceparent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null;
}
