using System.Diagnostics;
using System.Text;
using System.Text.Json;
using GameScheduler.Core.Events;
using GameScheduler.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Feeds this instance's streams from RabbitMQ. Each instance declares its own exclusive, auto-delete, server-named
/// queue bound to every game and guild event (a shared queue would split events between replicas) and acknowledges
/// each message once handled. After a broker restart the client's automatic recovery re-declares the queue, re-binds
/// it and resumes consuming; whatever was published while the queue did not exist is lost to it, so every stream is
/// then told to resync.
/// </summary>
internal sealed class GameEventsBridge(
    IConnection broker,
    RealtimeEventHandler handler,
    ConnectionRegistry connections,
    ILogger<GameEventsBridge> logger) : BackgroundService
{
    private const ushort Prefetch = 256;
    private readonly RecentEventIds _handled = new(capacity: 10_000);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var channel = await broker.CreateChannelAsync(cancellationToken: stoppingToken);
        await MessagingTopology.DeclareExchangeAsync(channel, stoppingToken);
        var queue = await channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true, autoDelete: true,
            cancellationToken: stoppingToken);
        await channel.QueueBindAsync(queue.QueueName, EventRouting.Exchange, EventRouting.AllGameEvents, cancellationToken: stoppingToken);
        await channel.QueueBindAsync(queue.QueueName, EventRouting.Exchange, EventRouting.AllGuildEvents, cancellationToken: stoppingToken);
        await channel.BasicQosAsync(prefetchSize: 0, Prefetch, global: false, stoppingToken);

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) => HandleAsync(channel, delivery, stoppingToken);
        broker.RecoverySucceededAsync += OnRecoveredAsync;
        try
        {
            await channel.BasicConsumeAsync(queue.QueueName, autoAck: false, consumer, stoppingToken);
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The Api is stopping; the exclusive queue goes with the channel.
        }
        finally
        {
            broker.RecoverySucceededAsync -= OnRecoveredAsync;
        }
    }

    private async Task HandleAsync(IChannel channel, BasicDeliverEventArgs delivery, CancellationToken ct)
    {
        using var activity = StartReceiveActivity(delivery);
        try
        {
            var envelope = EventJson.Deserialize<JsonElement>(delivery.Body.Span);
            if (_handled.Add(envelope.Id))
            {
                await handler.HandleAsync(envelope, ct);
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, ct);
        }
        catch (Exception exception) when (!ct.IsCancellationRequested)
        {
            // Nothing a redelivery could fix (a malformed envelope, a handler fault): requeueing would loop forever.
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            logger.LogWarning(exception, "Dropped message {MessageId} ({RoutingKey}) for the game-update streams.",
                delivery.BasicProperties.MessageId, delivery.RoutingKey);
            await channel.BasicRejectAsync(delivery.DeliveryTag, requeue: false, ct);
        }
    }

    private Task OnRecoveredAsync(object sender, AsyncEventArgs args)
    {
        logger.LogWarning("The broker connection recovered; telling {Count} streams to resync.", connections.Count);
        var resync = SseFrame.Resync(position: null);
        foreach (var connection in connections.All)
        {
            connection.Offer(resync);
        }

        return Task.CompletedTask;
    }

    /// <summary>A consumer span that continues the publisher's trace (W3C traceparent in the message headers).</summary>
    private static Activity? StartReceiveActivity(BasicDeliverEventArgs delivery)
    {
        ActivityContext.TryParse(Header(delivery, "traceparent"), Header(delivery, "tracestate"), out var parent);
        var activity = RealtimeTelemetry.Source.StartActivity($"{delivery.Exchange} process", ActivityKind.Consumer, parent);
        activity?.SetTag("messaging.system", "rabbitmq");
        activity?.SetTag("messaging.operation.type", "process");
        activity?.SetTag("messaging.destination.name", delivery.Exchange);
        activity?.SetTag("messaging.rabbitmq.destination.routing_key", delivery.RoutingKey);
        activity?.SetTag("messaging.message.id", delivery.BasicProperties.MessageId);
        return activity;
    }

    private static string? Header(BasicDeliverEventArgs delivery, string name) =>
        delivery.BasicProperties.Headers?.TryGetValue(name, out var value) == true && value is byte[] bytes
            ? Encoding.UTF8.GetString(bytes)
            : null;
}
