using GameScheduler.Core.Events;

namespace GameScheduler.Messaging;

/// <summary>What one queue's consumer does with what it receives: the subscribed event types, by wire name.</summary>
internal sealed class EventSubscriptions
{
    private readonly Dictionary<string, IEventSubscription> _byEventType = [];
    private readonly List<Type> _missedEventsHandlerTypes = [];

    public IReadOnlyList<Type> MissedEventsHandlerTypes => _missedEventsHandlerTypes;

    public void Add<TEvent, THandler>()
        where TEvent : IIntegrationEvent
        where THandler : IIntegrationEventHandler<TEvent>
    {
        if (!_byEventType.TryGetValue(TEvent.EventType, out var subscription))
        {
            _byEventType.Add(TEvent.EventType, subscription = new EventSubscription<TEvent>());
        }

        if (subscription is not EventSubscription<TEvent> ofThisType)
        {
            throw new InvalidOperationException($"Two event types claim the wire name {TEvent.EventType}.");
        }

        ofThisType.Add<THandler>();
    }

    public void AddMissedEventsHandler<THandler>()
        where THandler : IMissedEventsHandler
    {
        if (!_missedEventsHandlerTypes.Contains(typeof(THandler))) _missedEventsHandlerTypes.Add(typeof(THandler));
    }

    /// <summary>The subscription to <paramref name="eventType"/>, or null when this queue's consumer does not handle it.</summary>
    public IEventSubscription? For(string eventType) => _byEventType.GetValueOrDefault(eventType);
}
