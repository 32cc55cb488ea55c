namespace GameScheduler.Core.Events;

/// <summary>Where events go on RabbitMQ: one durable topic exchange, routed by type and guild.</summary>
public static class EventRouting
{
    public const string Exchange = "game_scheduler";

    /// <summary>Binding pattern for every game event, in any guild.</summary>
    public const string AllGameEvents = "game.#";

    /// <summary>Binding pattern for every guild event (member removals), in any guild.</summary>
    public const string AllGuildEvents = "guild.#";

    /// <summary>For example <c>game.updated.123456789012345678</c>.</summary>
    public static string RoutingKey(string eventType, string guildId) => $"{eventType}.{guildId}";
}
