using GameScheduler.Core.Events;

namespace GameScheduler.Messaging;

/// <summary>
/// Handles one event type on the queues it is subscribed to (<see cref="EventConsumerBuilder.AddSubscription{TEvent, THandler}"/>).
/// Resolved in a fresh scope for each delivery. Throwing means "not handled": the delivery is retried a few times and
/// then rejected (dead-lettered from a shared queue). Duplicates are skipped, but rarely (a crash between handling and
/// recording it, or two copies handled at the same moment by two instances) an event is handled twice: keep side
/// effects idempotent where that matters.
/// </summary>
public interface IIntegrationEventHandler<TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(EventEnvelope<TEvent> envelope, CancellationToken cancellationToken);
}
