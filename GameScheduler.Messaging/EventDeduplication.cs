namespace GameScheduler.Messaging;

/// <summary>Remembers which events a consumer has handled, because RabbitMQ delivers at least once.</summary>
internal interface IEventDeduplication
{
    /// <param name="services">The delivery's scope, for a deduplication that needs scoped services.</param>
    Task<bool> IsHandledAsync(Guid eventId, IServiceProvider services, CancellationToken ct);

    Task MarkHandledAsync(Guid eventId, IServiceProvider services, CancellationToken ct);
}
