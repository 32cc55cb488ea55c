using System.Diagnostics;
using System.Text;
using GameScheduler.Core.Events;
using GameScheduler.Core.Outbox;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace GameScheduler.Messaging;

/// <summary>
/// Publishes outbox rows to the <c>game_scheduler</c> exchange as persistent messages and waits for the broker's
/// confirms, so a row is only marked sent once the broker has taken responsibility for it. Each channel first
/// declares the durable topology, so a failed publish is retried on a channel that re-created anything deleted.
/// </summary>
public sealed class EventPublisher(IConnection connection, IOptions<OutboxRelayOptions> options, TimeProvider time) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IChannel? _channel;

    /// <summary>
    /// Publishes the rows in order, all sent before any confirm is awaited (one round trip per batch, not per row),
    /// and reports which of them the broker confirmed within <see cref="OutboxRelayOptions.ConfirmTimeout"/>.
    /// </summary>
    public async Task<PublishResult> PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var channel = await OpenChannelAsync(ct);
            using var deadline = new CancellationTokenSource(options.Value.ConfirmTimeout, time);
            using var confirmWindow = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
            var confirms = messages.Select(message => PublishOneAsync(channel, message, confirmWindow.Token)).ToList();
            var result = await CollectConfirmsAsync(messages, confirms);
            if (result.Failure is not null)
            {
                // A late confirm could land on the next batch's sequence numbers: start that batch on a fresh channel.
                await CloseChannelAsync();
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<PublishResult> CollectConfirmsAsync(IReadOnlyList<OutboxMessage> messages, List<Task> confirms)
    {
        var confirmed = new List<Guid>(messages.Count);
        Exception? failure = null;
        for (var index = 0; index < messages.Count; index++)
        {
            try
            {
                // Every confirm is awaited, even after a failure, so none is left unobserved.
                await confirms[index];
                if (failure is not null) continue;

                confirmed.Add(messages[index].Id);
                RecordConfirmed(messages[index]);
            }
            catch (Exception exception)
            {
                failure ??= exception;
            }
        }

        return new PublishResult(confirmed, failure);
    }

    private static async Task PublishOneAsync(IChannel channel, OutboxMessage message, CancellationToken ct)
    {
        ActivityContext.TryParse(message.Traceparent, null, out var cause);
        using var activity = MessagingTelemetry.StartSpan("publish", ActivityKind.Producer, cause, EventRouting.Exchange,
            message.RoutingKey, message.Id.ToString());

        var properties = new BasicProperties
        {
            Persistent = true,
            MessageId = message.Id.ToString(),
            Type = message.Type,
            ContentType = "application/json",
            Timestamp = new AmqpTimestamp(message.OccurredAt.ToUnixTimeSeconds()),
            Headers = new Dictionary<string, object?>(),
        };
        if (activity is not null)
        {
            TraceContextHeaders.Inject(activity, properties.Headers);
        }
        else if (message.Traceparent is not null)
        {
            // Nobody traces the relay, but the consumers can still join the trace of the request that caused the event.
            properties.Headers[TraceContextHeaders.Traceparent] = message.Traceparent;
        }

        try
        {
            // With confirmation tracking on, this completes when the broker acks and throws on a nack or, for a
            // mandatory message, on a return: an event a durable queue must receive is unsent until it is routed.
            // Events only per-instance queues receive are not mandatory: with no Api running nobody awaits them.
            var mandatory = EventQueue.Durable.Any(queue => queue.Receives(message.RoutingKey));
            await channel.BasicPublishAsync(EventRouting.Exchange, message.RoutingKey, mandatory, properties,
                Encoding.UTF8.GetBytes(message.Payload), ct);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            throw;
        }
    }

    private void RecordConfirmed(OutboxMessage message)
    {
        var type = new KeyValuePair<string, object?>("event.type", message.Type);
        MessagingTelemetry.EventsPublished.Add(1, type);
        MessagingTelemetry.RelayLag.Record((time.GetUtcNow() - message.OccurredAt).TotalSeconds, type);
    }

    private async Task<IChannel> OpenChannelAsync(CancellationToken ct)
    {
        if (_channel is { IsOpen: true })
        {
            return _channel;
        }

        await CloseChannelAsync();
        // No client-side limit on unconfirmed messages: the relay's batch size bounds them, and the library's
        // default limiter delays (and may reorder) publishes once half its permits are taken.
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true,
            publisherConfirmationTrackingEnabled: true,
            outstandingPublisherConfirmationsRateLimiter: null), ct);
        await MessagingTopology.DeclareDurableTopologyAsync(channel, ct);
        _channel = channel;
        return channel;
    }

    private async Task CloseChannelAsync()
    {
        if (_channel is null) return;

        await _channel.DisposeAsync();
        _channel = null;
    }

    public async ValueTask DisposeAsync()
    {
        await CloseChannelAsync();
        _gate.Dispose();
    }
}
