using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Outbox;

/// <summary>
/// The relay's view of the outbox: take the oldest unsent rows, publish them, record which ones the broker
/// confirmed. Rows are locked with FOR UPDATE SKIP LOCKED, so several relays never publish the same row at once.
/// </summary>
public sealed class OutboxRelayStore(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>
    /// The PostgreSQL channel notified (by the <c>outbox_messages_notify</c> trigger, see the migration
    /// NotifyOutboxCommitsFromTrigger) whenever a transaction commits new outbox rows: LISTEN on it to publish at
    /// once instead of waiting for the next poll (keep polling slowly as well; a notification can be missed while
    /// the listening connection reconnects).
    /// </summary>
    public const string NotificationChannel = "outbox_messages";

    /// <summary>
    /// In one transaction: locks up to <paramref name="maxCount"/> unsent rows in insertion order, hands them to
    /// <paramref name="publish"/>, marks the ids it returns as sent and counts a failed attempt on the others.
    /// Returns how many rows were sent. If <paramref name="publish"/> throws, nothing is marked and the rows are
    /// offered again next time; consumers deduplicate by event id, so a republished row does no harm.
    /// </summary>
    /// <param name="publish">Publishes the rows and returns the ids of those the broker confirmed.</param>
    public Task<int> PublishBatchAsync(
        int maxCount,
        Func<IReadOnlyList<OutboxMessage>, CancellationToken, Task<IReadOnlyCollection<Guid>>> publish,
        CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var batch = await LockUnsentAsync(maxCount, ct);
            if (batch.Count == 0) return 0;

            var confirmed = await publish(batch, ct);
            var unconfirmed = batch.Select(message => message.Id).Except(confirmed).ToList();
            var now = time.GetUtcNow();
            if (confirmed.Count > 0)
            {
                await db.OutboxMessages
                    .Where(message => confirmed.Contains(message.Id))
                    .ExecuteUpdateAsync(set => set
                        .SetProperty(message => message.SentAt, now)
                        .SetProperty(message => message.Attempts, message => message.Attempts + 1), ct);
            }
            if (unconfirmed.Count > 0)
            {
                await db.OutboxMessages
                    .Where(message => unconfirmed.Contains(message.Id))
                    .ExecuteUpdateAsync(set => set.SetProperty(message => message.Attempts, message => message.Attempts + 1), ct);
            }
            return confirmed.Count;
        }, cancellationToken);

    /// <summary>
    /// Deletes, oldest first and <paramref name="batchSize"/> at a time, the rows the broker confirmed before
    /// <paramref name="sentBefore"/>; rows not yet sent stay however old they are. Returns how many it deleted.
    /// </summary>
    public Task<int> PurgeSentAsync(DateTimeOffset sentBefore, int batchSize, CancellationToken cancellationToken) =>
        db.OutboxMessages
            .Where(message => message.SentAt < sentBefore)
            .OrderBy(message => message.Sequence)
            .ExecuteDeleteInBatchesAsync(batchSize, cancellationToken);

    /// <summary>Whether <see cref="PurgeSentAsync"/> would find anything to delete.</summary>
    public Task<bool> AnySentBeforeAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken) =>
        db.OutboxMessages.AnyAsync(message => message.SentAt < sentBefore, cancellationToken);

    /// <summary>How many rows still wait for the broker (for health checks and benchmarks).</summary>
    public Task<int> CountUnsentAsync(CancellationToken cancellationToken) =>
        db.OutboxMessages.CountAsync(message => message.SentAt == null, cancellationToken);

    private async Task<List<OutboxMessage>> LockUnsentAsync(int maxCount, CancellationToken cancellationToken) =>
        await db.OutboxMessages
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE sent_at IS NULL
                ORDER BY sequence
                LIMIT {maxCount}
                FOR UPDATE SKIP LOCKED
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
}
