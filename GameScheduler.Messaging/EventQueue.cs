using GameScheduler.Core.Events;

namespace GameScheduler.Messaging;

/// <summary>A queue bound to the <c>game_scheduler</c> exchange, and how the instances of a service share it.</summary>
/// <param name="Name">The queue's name; for <see cref="EventQueueKind.PerInstance"/> the broker names the queue and
/// this only names the consumer in logs and metrics.</param>
/// <param name="BindingKeys">Routing-key patterns the queue is bound with.</param>
public sealed record EventQueue(string Name, IReadOnlyList<string> BindingKeys, EventQueueKind Kind)
{
    /// <summary>The bot's queue: every game event, once for all bot instances together.</summary>
    public static EventQueue BotEvents { get; } = new("bot_events", [EventRouting.AllGameEvents], EventQueueKind.Shared);

    /// <summary>This Api instance's own queue for its Server-Sent Events streams: every game and guild event.</summary>
    public static EventQueue ApiInstanceEvents { get; } =
        new("api_instance_events", [EventRouting.AllGameEvents, EventRouting.AllGuildEvents], EventQueueKind.PerInstance);

    /// <summary>The durable queues: every service declares them, and an event one of them is bound to must reach it.</summary>
    public static IReadOnlyList<EventQueue> Durable { get; } = [BotEvents];

    /// <summary>Whether an event with <paramref name="routingKey"/> is routed to this queue.</summary>
    /// <remarks>The bindings are exact keys or <c>prefix.#</c> patterns.</remarks>
    public bool Receives(string routingKey) => BindingKeys.Any(key =>
        key.EndsWith(".#", StringComparison.Ordinal) ? routingKey.StartsWith(key[..^1], StringComparison.Ordinal) : key == routingKey);

    /// <summary>Where a <see cref="EventQueueKind.Shared"/> queue's rejected messages wait for an operator.</summary>
    public string DeadLetterQueueName => $"{Name}.dead_letter";
}

public enum EventQueueKind
{
    /// <summary>
    /// Durable and named: the instances of a service compete for its messages, which survive a broker restart, and
    /// messages that cannot be handled are dead-lettered. Redeliveries may reach another instance, so consumers
    /// deduplicate through the database's processed-events log.
    /// </summary>
    Shared,

    /// <summary>
    /// Exclusive, auto-delete and named by the broker: each instance receives every message (a shared queue would
    /// split them between replicas). It lives as long as the connection, and its consumer deduplicates in memory.
    /// </summary>
    PerInstance,
}
