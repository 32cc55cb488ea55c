using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using GameScheduler.Core.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client.Events;

namespace GameScheduler.Messaging;

/// <summary>
/// Decides what becomes of one delivery: reads the envelope, skips an event type the queue has no subscription to or
/// an event handled before, reads the data as the subscribed type and runs its handlers (in a fresh scope per attempt,
/// retried after <see cref="EventConsumerOptions.RetryDelays"/>), all within a consumer span that continues the
/// publisher's trace.
/// </summary>
internal sealed class DeliveryProcessor(
    EventQueue queue,
    EventConsumerOptions options,
    EventSubscriptions subscriptions,
    IEventDeduplication deduplication,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<DeliveryProcessor> logger) : IDeliveryProcessor
{
    public async Task<DeliveryOutcome> ProcessAsync(BasicDeliverEventArgs delivery, CancellationToken ct)
    {
        using var activity = MessagingTelemetry.StartSpan("process", ActivityKind.Consumer,
            TraceContextHeaders.Extract(delivery.BasicProperties.Headers), queue.Name, delivery.RoutingKey,
            delivery.BasicProperties.MessageId);
        var outcome = await ProcessInSpanAsync(delivery, activity, ct);
        var outcomeName = outcome.ToString().ToLowerInvariant();
        activity?.SetTag("gamescheduler.delivery.outcome", outcomeName);
        MessagingTelemetry.DeliveriesProcessed.Add(1,
            new KeyValuePair<string, object?>("messaging.destination.name", queue.Name),
            new KeyValuePair<string, object?>("gamescheduler.delivery.outcome", outcomeName));
        return outcome;
    }

    public async Task ConsumptionResumedAsync(CancellationToken ct)
    {
        // A shared queue is durable: what was published meanwhile waited in it.
        if (queue.Kind != EventQueueKind.PerInstance) return;

        await using var scope = scopes.CreateAsyncScope();
        foreach (var handlerType in subscriptions.MissedEventsHandlerTypes)
        {
            try
            {
                await ((IMissedEventsHandler)scope.ServiceProvider.GetRequiredService(handlerType)).OnEventsMayHaveBeenMissedAsync(ct);
            }
            catch (Exception exception) when (!ct.IsCancellationRequested)
            {
                logger.LogError(exception, "{Handler} of {Queue} failed to react to possibly missed events.", handlerType.Name, queue.Name);
            }
        }
    }

    private async Task<DeliveryOutcome> ProcessInSpanAsync(BasicDeliverEventArgs delivery, Activity? activity, CancellationToken ct)
    {
        if (!TryReadEnvelope(delivery.Body.Span, out var envelope, out var problem))
        {
            logger.LogWarning("Rejecting message {MessageId} ({RoutingKey}) from {Queue}: {Problem}",
                delivery.BasicProperties.MessageId, delivery.RoutingKey, queue.Name, problem);
            activity?.SetStatus(ActivityStatusCode.Error, problem);
            return DeliveryOutcome.Rejected;
        }

        if (subscriptions.For(envelope.Type) is not { } subscription)
        {
            logger.LogDebug("Skipping event {EventId} from {Queue}: nothing here handles {EventType}.",
                envelope.Id, queue.Name, envelope.Type);
            return DeliveryOutcome.Skipped;
        }

        Func<IServiceProvider, CancellationToken, Task> handle;
        try
        {
            handle = subscription.Read(envelope);
        }
        catch (JsonException exception)
        {
            logger.LogWarning("Rejecting event {EventId} ({EventType}) from {Queue}: its data does not fit the type ({Problem})",
                envelope.Id, envelope.Type, queue.Name, exception.Message);
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            return DeliveryOutcome.Rejected;
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await HandleOnceAsync(envelope.Id, handle, ct);
            }
            catch (Exception exception) when (!ct.IsCancellationRequested && attempt < options.RetryDelays.Count)
            {
                logger.LogWarning(exception, "Handling event {EventId} ({EventType}) from {Queue} failed; retrying in {Delay}.",
                    envelope.Id, envelope.Type, queue.Name, options.RetryDelays[attempt]);
                await Task.Delay(options.RetryDelays[attempt], time, ct);
            }
            catch (Exception exception) when (!ct.IsCancellationRequested)
            {
                logger.LogError(exception, "Handling event {EventId} ({EventType}) from {Queue} failed {Attempts} times; rejecting it.",
                    envelope.Id, envelope.Type, queue.Name, attempt + 1);
                activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
                return DeliveryOutcome.Rejected;
            }
        }
    }

    private async Task<DeliveryOutcome> HandleOnceAsync(Guid eventId, Func<IServiceProvider, CancellationToken, Task> handle,
        CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await deduplication.IsHandledAsync(eventId, scope.ServiceProvider, ct)) return DeliveryOutcome.Duplicate;

        await handle(scope.ServiceProvider, ct);
        await deduplication.MarkHandledAsync(eventId, scope.ServiceProvider, ct);
        return DeliveryOutcome.Handled;
    }

    /// <summary>Unknown fields are ignored; a body without an id, a type or an object as data is not an event.</summary>
    private static bool TryReadEnvelope(
        ReadOnlySpan<byte> body,
        [NotNullWhen(true)] out EventEnvelope<JsonElement>? envelope,
        [NotNullWhen(false)] out string? problem)
    {
        try
        {
            envelope = EventJson.Deserialize<JsonElement>(body);
        }
        catch (JsonException exception)
        {
            (envelope, problem) = (null, $"not an event envelope ({exception.Message})");
            return false;
        }

        problem = envelope switch
        {
            { Id: var id } when id == Guid.Empty => "the envelope has no id",
            { Type: null or "" } => "the envelope has no type",
            { Data.ValueKind: not JsonValueKind.Object } => "the envelope's data is not an object",
            _ => null,
        };
        return problem is null;
    }
}
