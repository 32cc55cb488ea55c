using System.Text;
using System.Threading.Channels;
using GameScheduler.Core.Events;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace GameScheduler.Messaging.Tests.Infrastructure;

/// <summary>
/// Watches what reaches the exchange, as a consumer of the system would: a durable queue of its own (so messages
/// published while its connection recovers from a broker restart wait for it), bound to every game event.
/// </summary>
public sealed class QueueProbe : IAsyncDisposable
{
    private readonly Channel<ReceivedMessage> _received = Channel.CreateUnbounded<ReceivedMessage>();
    private readonly IChannel _channel;
    private readonly string _queueName = $"test_probe_{Guid.NewGuid():N}";

    private QueueProbe(IChannel channel) => _channel = channel;

    public static async Task<QueueProbe> StartAsync(IConnection connection, CancellationToken ct)
    {
        var probe = new QueueProbe(await connection.CreateChannelAsync(cancellationToken: ct));
        await probe.ConsumeAsync(ct);
        return probe;
    }

    private async Task ConsumeAsync(CancellationToken ct)
    {
        await MessagingTopology.DeclareExchangeAsync(_channel, ct);
        await _channel.QueueDeclareAsync(_queueName, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        await _channel.QueueBindAsync(_queueName, EventRouting.Exchange, EventRouting.AllGameEvents, cancellationToken: ct);
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            _received.Writer.TryWrite(new ReceivedMessage(delivery.RoutingKey, delivery.BasicProperties,
                Encoding.UTF8.GetString(delivery.Body.Span)));
            return Task.CompletedTask;
        };
        await _channel.BasicConsumeAsync(_queueName, autoAck: true, consumer, ct);
    }

    public async Task<List<ReceivedMessage>> ReceiveAsync(int count, CancellationToken ct)
    {
        var messages = new List<ReceivedMessage>(count);
        while (messages.Count < count) messages.Add(await _received.Reader.ReadAsync(ct));
        return messages;
    }

    /// <summary>Whatever else arrives until nothing has come for <paramref name="quietPeriod"/>.</summary>
    public async Task<List<ReceivedMessage>> ReceiveStragglersAsync(TimeSpan quietPeriod, CancellationToken ct)
    {
        var messages = new List<ReceivedMessage>();
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(ct);
            quiet.CancelAfter(quietPeriod);
            try
            {
                messages.Add(await _received.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return messages;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel.IsOpen) await _channel.QueueDeleteAsync(_queueName);
        await _channel.DisposeAsync();
    }
}

public sealed record ReceivedMessage(string RoutingKey, IReadOnlyBasicProperties Properties, string Body)
{
    public string? Header(string name) =>
        Properties.Headers?.TryGetValue(name, out var value) == true && value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : null;
}
