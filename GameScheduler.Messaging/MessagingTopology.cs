using GameScheduler.Core.Events;
using RabbitMQ.Client;

namespace GameScheduler.Messaging;

/// <summary>The broker objects GameScheduler relies on; every declaration is idempotent.</summary>
public static class MessagingTopology
{
    public static Task DeclareExchangeAsync(IChannel channel, CancellationToken ct) =>
        channel.ExchangeDeclareAsync(EventRouting.Exchange, ExchangeType.Topic, durable: true, autoDelete: false,
            cancellationToken: ct);
}
