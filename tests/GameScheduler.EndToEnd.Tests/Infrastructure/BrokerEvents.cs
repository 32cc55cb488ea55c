using System.Text.Json;
using System.Threading.Channels;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>A message as it arrived on the broker: routing key, envelope and headers.</summary>
public sealed record BrokerEvent(string RoutingKey, JsonElement Envelope, IDictionary<string, object?> Headers);

/// <summary>
/// Watches the <c>game_scheduler</c> exchange through a private, exclusive queue (as each Api instance does), and can
/// publish to it the way any service may.
/// </summary>
public sealed class BrokerEvents : IAsyncDisposable
{
    private const string Exchange = "game_scheduler";
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly Channel<BrokerEvent> _received = Channel.CreateUnbounded<BrokerEvent>();

    private BrokerEvents(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static Task<BrokerEvents> ListenAsync(GraphFixture graph, params string[] bindingKeys) =>
        ListenAsync(graph, queueName: "", bindingKeys);

    /// <summary>Listens on a durable queue of that name: what arrives while no one listens waits there, even across a broker restart.</summary>
    public static Task<BrokerEvents> ListenDurableAsync(GraphFixture graph, string queueName, params string[] bindingKeys) =>
        ListenAsync(graph, queueName, bindingKeys);

    private static async Task<BrokerEvents> ListenAsync(GraphFixture graph, string queueName, string[] bindingKeys)
    {
        var connectionString = await graph.App.GetConnectionStringAsync("messaging")
            ?? throw new InvalidOperationException("No connection string for messaging.");
        var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Topic, durable: true);
        var exclusive = queueName.Length == 0;
        var queue = await channel.QueueDeclareAsync(queueName, durable: !exclusive, exclusive: exclusive, autoDelete: exclusive);
        foreach (var key in bindingKeys)
        {
            await channel.QueueBindAsync(queue.QueueName, Exchange, key);
        }

        var events = new BrokerEvents(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var envelope = JsonDocument.Parse(delivery.Body.ToArray()).RootElement.Clone();
            events._received.Writer.TryWrite(new BrokerEvent(
                delivery.RoutingKey, envelope, delivery.BasicProperties.Headers ?? new Dictionary<string, object?>()));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return events;
    }

    /// <summary>The next event that matches, or a timeout naming what was awaited.</summary>
    public async Task<BrokerEvent> NextAsync(Func<BrokerEvent, bool> match, TimeSpan timeout, string description) =>
        (await UntilAsync(match, timeout, description))[^1];

    /// <summary>Every event up to and including the first that matches.</summary>
    public async Task<IReadOnlyList<BrokerEvent>> UntilAsync(Func<BrokerEvent, bool> match, TimeSpan timeout, string description)
    {
        var seen = new List<BrokerEvent>();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                seen.Add(await _received.Reader.ReadAsync(deadline.Token));
                if (match(seen[^1]))
                {
                    return seen;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No {description} arrived on the broker within {timeout}.");
        }
    }

    /// <summary>Everything that arrives within <paramref name="window"/>.</summary>
    public async Task<IReadOnlyList<BrokerEvent>> CollectAsync(TimeSpan window)
    {
        var collected = new List<BrokerEvent>();
        using var stop = new CancellationTokenSource(window);
        try
        {
            while (true)
            {
                collected.Add(await _received.Reader.ReadAsync(stop.Token));
            }
        }
        catch (OperationCanceledException)
        {
            return collected;
        }
    }

    /// <summary>Publishes an envelope as any GameScheduler service would (the SSE bridge must not care who sent it).</summary>
    public async Task<string> PublishAsync(string type, string guildId, string? gameId = null, string? userId = null)
    {
        var id = Guid.NewGuid().ToString();
        var data = new Dictionary<string, string> { ["guild_id"] = guildId };
        if (gameId is not null) data["game_id"] = gameId;
        if (userId is not null) data["user_id"] = userId;
        var body = JsonSerializer.SerializeToUtf8Bytes(new { id, type, occurred_at = DateTimeOffset.UtcNow, data });
        await _channel.BasicPublishAsync(Exchange, $"{type}.{guildId}", mandatory: false,
            new BasicProperties { Persistent = true, MessageId = id, ContentType = "application/json" }, body);
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
