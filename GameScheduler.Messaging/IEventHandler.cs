using System.Text.Json;
using GameScheduler.Core.Events;

namespace GameScheduler.Messaging;

/// <summary>
/// Handles the events of one queue (register it with <c>AddEventConsumer</c>). Resolved in a fresh scope for each
/// delivery. Throwing means "not handled": the delivery is retried a few times and then dead-lettered.
/// </summary>
public interface IEventHandler
{
    /// <param name="envelope">The event; read <c>Data</c> with <see cref="EventJson.Options"/> according to its <c>Type</c>.</param>
    Task HandleAsync(EventEnvelope<JsonElement> envelope, CancellationToken cancellationToken);
}
