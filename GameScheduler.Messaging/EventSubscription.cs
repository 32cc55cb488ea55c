using System.Text.Json;
using GameScheduler.Core.Events;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Messaging;

/// <summary>One event type's handlers on one queue.</summary>
internal interface IEventSubscription
{
    /// <summary>
    /// Reads the envelope's data as the subscribed type and returns the handling of it, to run in a delivery's scope
    /// (once per attempt); throws <see cref="JsonException"/> when the data does not fit the type.
    /// </summary>
    Func<IServiceProvider, CancellationToken, Task> Read(EventEnvelope<JsonElement> envelope);
}

internal sealed class EventSubscription<TEvent> : IEventSubscription
    where TEvent : IIntegrationEvent
{
    private readonly List<Type> _handlerTypes = [];

    public void Add<THandler>()
        where THandler : IIntegrationEventHandler<TEvent>
    {
        if (!_handlerTypes.Contains(typeof(THandler))) _handlerTypes.Add(typeof(THandler));
    }

    public Func<IServiceProvider, CancellationToken, Task> Read(EventEnvelope<JsonElement> envelope)
    {
        var data = envelope.Data.Deserialize<TEvent>(EventJson.Options)
            ?? throw new JsonException($"The data of {envelope.Type} event {envelope.Id} is null.");
        var typed = new EventEnvelope<TEvent>(envelope.Id, envelope.Type, envelope.OccurredAt, data);
        return (services, ct) => HandleAsync(typed, services, ct);
    }

    private async Task HandleAsync(EventEnvelope<TEvent> envelope, IServiceProvider services, CancellationToken ct)
    {
        foreach (var handlerType in _handlerTypes)
        {
            await ((IIntegrationEventHandler<TEvent>)services.GetRequiredService(handlerType)).HandleAsync(envelope, ct);
        }
    }
}
