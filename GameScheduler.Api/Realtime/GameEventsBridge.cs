using System.Diagnostics;
using System.Text;
using System.Text.Json;
using GameScheduler.Api.Guilds;
using GameScheduler.Core.Events;
using GameScheduler.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using StackExchange.Redis;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Feeds this Api instance's streams from RabbitMQ. Each instance declares its own exclusive, auto-delete queue bound
/// to every game and guild event: a shared queue would split events between replicas. Events are routed by the guild
/// in their envelope, with no database lookup. The client's automatic recovery re-declares the queue and resumes the
/// consumer after a broker restart.
/// </summary>
internal sealed class GameEventsBridge(
    IConnection broker,
    ConnectionRegistry connections,
    IConnectionMultiplexer valkey,
    ILogger<GameEventsBridge> logger) : BackgroundService
{
    private static readonly ActivitySource Telemetry = new("GameScheduler.Api.Realtime");
    private IChannel? _channel;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _channel = await broker.CreateChannelAsync(cancellationToken: stoppingToken);
        await MessagingTopology.DeclareExchangeAsync(_channel, stoppingToken);
        var queue = await _channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true, autoDelete: true,
            cancellationToken: stoppingToken);
        await _channel.QueueBindAsync(queue.QueueName, EventRouting.Exchange, EventRouting.AllGameEvents, cancellationToken: stoppingToken);
        await _channel.QueueBindAsync(queue.QueueName, EventRouting.Exchange, EventRouting.AllGuildEvents, cancellationToken: stoppingToken);
        await _channel.BasicQosAsync(0, 256, false, stoppingToken);

        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += (_, delivery) => HandleAsync(delivery, stoppingToken);
        await _channel.BasicConsumeAsync(queue.QueueName, autoAck: false, consumer, stoppingToken);
    }

    private async Task HandleAsync(BasicDeliverEventArgs delivery, CancellationToken ct)
    {
        var parent = delivery.BasicProperties.Headers?.TryGetValue("traceparent", out var header) == true && header is byte[] bytes
            && ActivityContext.TryParse(Encoding.UTF8.GetString(bytes), null, out var context)
            ? context
            : default;
        using var activity = Telemetry.StartActivity("game_scheduler receive", ActivityKind.Consumer, parent);
        try
        {
            await DispatchAsync(JsonDocument.Parse(delivery.Body).RootElement);
            await _channel!.BasicAckAsync(delivery.DeliveryTag, multiple: false, ct);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Malformed: nothing any retry could fix.
            logger.LogWarning("Dropped an event that is not a GameScheduler envelope: {Reason}", exception.Message);
            await _channel!.BasicRejectAsync(delivery.DeliveryTag, requeue: false, ct);
        }
    }

    private async Task DispatchAsync(JsonElement envelope)
    {
        var id = envelope.GetProperty("id").GetString()!;
        var type = envelope.GetProperty("type").GetString()!;
        var data = envelope.GetProperty("data");
        var guildId = data.GetProperty("guild_id").GetString()!;

        if (type == EventTypes.GuildMemberRemoved)
        {
            var userId = data.GetProperty("user_id").GetString()!;
            connections.Revoke(guildId, userId);
            await valkey.GetDatabase().KeyDeleteAsync(GuildMembership.CacheKey(userId));
            return;
        }

        var gameId = data.TryGetProperty("game_id", out var game) ? game.GetString() : null;
        connections.Deliver(guildId, new GameUpdate(id, type.Replace('.', '_'), gameId, guildId));
    }
}
