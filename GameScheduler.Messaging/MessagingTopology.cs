using GameScheduler.Core.Events;
using RabbitMQ.Client;

namespace GameScheduler.Messaging;

/// <summary>
/// The broker objects GameScheduler relies on. Every declaration is idempotent, so services declare what they use
/// at start and again after the connection recovers.
/// </summary>
public static class MessagingTopology
{
    /// <summary>Receives what <see cref="EventQueueKind.Shared"/> queues reject, routed by the queue's name.</summary>
    public const string DeadLetterExchange = "game_scheduler.dead_letter";

    public static Task DeclareExchangeAsync(IChannel channel, CancellationToken ct) =>
        channel.ExchangeDeclareAsync(EventRouting.Exchange, ExchangeType.Topic, durable: true, autoDelete: false,
            cancellationToken: ct);

    /// <summary>
    /// Declares the exchange and every <see cref="EventQueue.Durable"/> queue with its dead-letter queue, so whichever
    /// service starts first creates them and an event published before its consumer ever ran waits in its queue.
    /// </summary>
    public static async Task DeclareDurableTopologyAsync(IChannel channel, CancellationToken ct)
    {
        foreach (var queue in EventQueue.Durable) await DeclareQueueAsync(channel, queue, ct);
    }

    /// <summary>Declares the exchange, the queue with its bindings and, for a shared queue, its dead-letter queue.</summary>
    /// <returns>The queue's name (chosen by the broker for a <see cref="EventQueueKind.PerInstance"/> queue).</returns>
    public static async Task<string> DeclareQueueAsync(IChannel channel, EventQueue queue, CancellationToken ct)
    {
        await DeclareExchangeAsync(channel, ct);
        var name = queue.Kind switch
        {
            EventQueueKind.Shared => await DeclareSharedQueueAsync(channel, queue, ct),
            EventQueueKind.PerInstance => (await channel.QueueDeclareAsync(queue: "", durable: false, exclusive: true,
                autoDelete: true, cancellationToken: ct)).QueueName,
            _ => throw new ArgumentOutOfRangeException(nameof(queue), queue.Kind, "Unknown queue kind."),
        };
        await BindAsync(channel, name, queue.BindingKeys, ct);
        return name;
    }

    /// <summary>
    /// Declares again what <see cref="DeclareQueueAsync"/> declared, after the client's automatic recovery (which
    /// re-creates what it recorded; this repairs what it could not, such as a binding it failed to restore).
    /// A per-instance queue keeps the name the recovery gave it: names the broker generates cannot be declared.
    /// </summary>
    public static async Task RedeclareQueueAsync(IChannel channel, EventQueue queue, string currentName, CancellationToken ct)
    {
        if (queue.Kind == EventQueueKind.Shared)
        {
            await DeclareQueueAsync(channel, queue, ct);
            return;
        }

        await DeclareExchangeAsync(channel, ct);
        await BindAsync(channel, currentName, queue.BindingKeys, ct);
    }

    private static async Task<string> DeclareSharedQueueAsync(IChannel channel, EventQueue queue, CancellationToken ct)
    {
        await channel.ExchangeDeclareAsync(DeadLetterExchange, ExchangeType.Direct, durable: true, autoDelete: false,
            cancellationToken: ct);
        await channel.QueueDeclareAsync(queue.DeadLetterQueueName, durable: true, exclusive: false, autoDelete: false,
            cancellationToken: ct);
        await channel.QueueBindAsync(queue.DeadLetterQueueName, DeadLetterExchange, routingKey: queue.Name, cancellationToken: ct);

        var arguments = new Dictionary<string, object?>
        {
            ["x-dead-letter-exchange"] = DeadLetterExchange,
            ["x-dead-letter-routing-key"] = queue.Name,
        };
        await channel.QueueDeclareAsync(queue.Name, durable: true, exclusive: false, autoDelete: false, arguments,
            cancellationToken: ct);
        return queue.Name;
    }

    private static async Task BindAsync(IChannel channel, string queueName, IEnumerable<string> bindingKeys, CancellationToken ct)
    {
        foreach (var bindingKey in bindingKeys)
        {
            await channel.QueueBindAsync(queueName, EventRouting.Exchange, bindingKey, cancellationToken: ct);
        }
    }
}
