using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Inbox;

/// <summary>Lets a consumer skip events it has already handled (RabbitMQ delivers at least once).</summary>
public sealed class ProcessedEventLog(GameSchedulerDbContext db, TimeProvider time)
{
    public Task<bool> IsProcessedAsync(string consumer, Guid eventId, CancellationToken cancellationToken) =>
        db.ProcessedEvents.AnyAsync(processed => processed.Consumer == consumer && processed.EventId == eventId, cancellationToken);

    /// <summary>Records the event as handled; returns false when it had been recorded already.</summary>
    public async Task<bool> MarkProcessedAsync(string consumer, Guid eventId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO processed_events (consumer, event_id, processed_at)
            VALUES ({consumer}, {eventId}, {time.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """, cancellationToken) == 1;

    /// <summary>Whether <see cref="PurgeAsync"/> would find anything to delete.</summary>
    public Task<bool> AnyProcessedBeforeAsync(DateTimeOffset processedBefore, CancellationToken cancellationToken) =>
        db.ProcessedEvents.AnyAsync(processed => processed.ProcessedAt < processedBefore, cancellationToken);

    /// <summary>
    /// Forgets, oldest first and <paramref name="batchSize"/> at a time, the events handled before
    /// <paramref name="processedBefore"/>. Returns how many records it deleted.
    /// </summary>
    public Task<int> PurgeAsync(DateTimeOffset processedBefore, int batchSize, CancellationToken cancellationToken) =>
        db.ProcessedEvents
            .Where(processed => processed.ProcessedAt < processedBefore)
            .OrderBy(processed => processed.ProcessedAt)
            .ExecuteDeleteInBatchesAsync(batchSize, cancellationToken);
}
