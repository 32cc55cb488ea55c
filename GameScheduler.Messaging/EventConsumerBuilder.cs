using GameScheduler.Core.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GameScheduler.Messaging;

/// <summary>
/// Says which handlers the consumer of one queue calls for which event types (from <c>AddEventConsumer</c>). An event
/// whose type has no subscription on the queue is acknowledged and skipped.
/// </summary>
public sealed class EventConsumerBuilder
{
    private readonly IServiceCollection _services;
    private readonly EventQueue _queue;
    private readonly EventSubscriptions _subscriptions;

    internal EventConsumerBuilder(IServiceCollection services, EventQueue queue, EventSubscriptions subscriptions) =>
        (_services, _queue, _subscriptions) = (services, queue, subscriptions);

    /// <summary>
    /// Hands every <typeparamref name="TEvent"/> from the queue to <typeparamref name="THandler"/> (scoped, one per
    /// delivery, unless registered otherwise). Several handlers of one event type run one after the other.
    /// </summary>
    public EventConsumerBuilder AddSubscription<TEvent, THandler>()
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        _services.TryAddScoped<THandler>();
        _subscriptions.Add<TEvent, THandler>();
        return this;
    }

    /// <summary>Calls <typeparamref name="THandler"/> when the queue, a per-instance one, may have missed events.</summary>
    public EventConsumerBuilder AddMissedEventsHandler<THandler>()
        where THandler : class, IMissedEventsHandler
    {
        if (_queue.Kind != EventQueueKind.PerInstance)
        {
            throw new InvalidOperationException($"Queue {_queue.Name} is durable: it keeps what is published while its consumer is away.");
        }

        _services.TryAddScoped<THandler>();
        _subscriptions.AddMissedEventsHandler<THandler>();
        return this;
    }
}
