using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace GameScheduler.Benchmarks.Graph;

/// <summary>A queue of a benchmark's own on the <c>game_scheduler</c> exchange, handing each message's body to a callback.</summary>
public sealed class BrokerSubscription : IAsyncDisposable
{
    private const string Exchange = "game_scheduler";
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private BrokerSubscription(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    /// <param name="durable">
    /// A durable queue outlives the broker's restart, so events published while the consumer reconnects wait for it;
    /// otherwise the queue is exclusive and goes with the connection.
    /// </param>
    public static async Task<BrokerSubscription> StartAsync(string connectionString, string bindingKey, bool durable,
        Action<ReadOnlyMemory<byte>> received, CancellationToken ct)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString), NetworkRecoveryInterval = TimeSpan.FromMilliseconds(200) };
        var connection = await factory.CreateConnectionAsync(ct);
        var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Topic, durable: true, cancellationToken: ct);
        var queue = $"benchmark-{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(queue, durable, exclusive: !durable, autoDelete: !durable, cancellationToken: ct);
        await channel.QueueBindAsync(queue, Exchange, bindingKey, cancellationToken: ct);

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            received(delivery.Body);
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer, ct);
        return new BrokerSubscription(connection, channel);
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
