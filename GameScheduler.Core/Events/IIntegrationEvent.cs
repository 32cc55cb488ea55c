namespace GameScheduler.Core.Events;

/// <summary>
/// The <c>data</c> of one event type. <see cref="EventType"/> is the one place its wire name is written: the envelope's
/// <c>type</c> and the first part of the routing key, for writers and consumers alike.
/// </summary>
public interface IIntegrationEvent
{
    static abstract string EventType { get; }

    /// <summary>The guild the event belongs to: the last part of its routing key.</summary>
    string GuildId { get; }
}
