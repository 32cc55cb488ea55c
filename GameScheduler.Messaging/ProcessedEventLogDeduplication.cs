using GameScheduler.Core.Inbox;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Messaging;

/// <summary>
/// Deduplication through the database's processed-events log, for a shared queue: a republished event may reach a
/// different instance than the first copy, so only a record all instances read can recognize it.
/// </summary>
internal sealed class ProcessedEventLogDeduplication(string consumer) : IEventDeduplication
{
    public Task<bool> IsHandledAsync(Guid eventId, IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<ProcessedEventLog>().IsProcessedAsync(consumer, eventId, ct);

    public Task MarkHandledAsync(Guid eventId, IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<ProcessedEventLog>().MarkProcessedAsync(consumer, eventId, ct);
}
