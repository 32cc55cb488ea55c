using System.Text.Json;
using GameScheduler.Core.Events;

namespace GameScheduler.Messaging;

/// <summary>
/// Handles the events of one queue (register it with <c>AddEventConsumer</c>). Resolved in a fresh scope for each
/// delivery. Throwing means "not handled": the delivery is retried a few times and then rejected (dead-lettered
/// from a shared queue). Duplicates are skipped, but rarely (a crash between handling and recording it, or two
/// copies handled at the same moment by two instances) an event is handled twice: keep side effects idempotent
/// where that matters.
/// </summary>
public interface IEventHandler
{
    /// <param name="envelope">The event; read <c>Data</c> with <see cref="EventJson.Options"/> according to its <c>Type</c>.</param>
    Task HandleAsync(EventEnvelope<JsonElement> envelope, CancellationToken cancellationToken);
}
