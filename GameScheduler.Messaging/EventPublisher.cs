using System.Diagnostics;
using System.Text;
using GameScheduler.Core.Events;
using GameScheduler.Core.Outbox;
using RabbitMQ.Client;

namespace GameScheduler.Messaging;

/// <summary>
/// Publishes outbox rows to the <c>game_scheduler</c> exchange as persistent messages and waits for the broker's
/// confirm, so a row is only marked sent once the broker has taken responsibility for it.
/// </summary>
public sealed class EventPublisher(IConnection connection) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IChannel? _channel;

    /// <summary>Publishes each row in order; returns the ids the broker confirmed (stops at the first failure).</summary>
    public async Task<IReadOnlyCollection<Guid>> PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        var confirmed = new List<Guid>(messages.Count);
        await _gate.WaitAsync(ct);
        try
        {
            var channel = await OpenChannelAsync(ct);
            foreach (var message in messages)
            {
                await PublishOneAsync(channel, message, ct);
                confirmed.Add(message.Id);
            }
        }
        finally
        {
            _gate.Release();
        }

        return confirmed;
    }

    private static async Task PublishOneAsync(IChannel channel, OutboxMessage message, CancellationToken ct)
    {
        ActivityContext.TryParse(message.Traceparent, null, out var parent);
        using var activity = MessagingTelemetry.Source.StartActivity(
            $"{EventRouting.Exchange} publish", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.system", "rabbitmq");
        activity?.SetTag("messaging.destination.name", EventRouting.Exchange);
        activity?.SetTag("messaging.rabbitmq.destination.routing_key", message.RoutingKey);
        activity?.SetTag("messaging.message.id", message.Id);

        var properties = new BasicProperties
        {
            Persistent = true,
            MessageId = message.Id.ToString(),
            Type = message.Type,
            ContentType = "application/json",
            Timestamp = new AmqpTimestamp(message.OccurredAt.ToUnixTimeSeconds()),
            Headers = new Dictionary<string, object?>(),
        };
        if (message.Traceparent is not null)
        {
            properties.Headers["traceparent"] = message.Traceparent;
        }

        // With publisher confirmation tracking on, this completes when the broker acks and throws on a nack.
        await channel.BasicPublishAsync(EventRouting.Exchange, message.RoutingKey, mandatory: false, properties,
            Encoding.UTF8.GetBytes(message.Payload), ct);
    }

    private async Task<IChannel> OpenChannelAsync(CancellationToken ct)
    {
        if (_channel is { IsOpen: true })
        {
            return _channel;
        }

        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }

        _channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        await MessagingTopology.DeclareExchangeAsync(_channel, ct);
        return _channel;
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }

        _gate.Dispose();
    }
}
