using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Schedules;

/// <summary>
/// The reminder DMs waiting to be sent. A sender claims due ones, which counts an attempt and sets the retry time in a
/// transaction of its own, sends each, and marks each sent: a DM that fails, or whose sender crashed, goes out again
/// after <see cref="RetryDelay"/>, at most <see cref="MaxAttempts"/> times in all, and a sent one never again. Claims
/// skip rows another sender holds, so several bots share the work.
/// </summary>
public sealed class ReminderDeliveries(GameSchedulerDbContext db, TimeProvider time)
{
    public const int MaxAttempts = 5;

    /// <summary>Long enough that a claimed DM is sent or has failed before it is claimed again.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    public Task<bool> AnyDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.ReminderDeliveries.AnyAsync(
            delivery => delivery.SentAt == null && delivery.Attempts < MaxAttempts && delivery.NextAttemptAt <= now,
            cancellationToken);
    }

    /// <summary>
    /// Claims up to <paramref name="maxCount"/> due deliveries, oldest first. Those of a game no longer scheduled
    /// (cancelled or started meanwhile) are dropped instead.
    /// </summary>
    public Task<List<DueReminder>> ClaimDueAsync(int maxCount, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var now = time.GetUtcNow();
            var claimed = await db.ReminderDeliveries
                .FromSql($"""
                    SELECT * FROM reminder_deliveries
                    WHERE sent_at IS NULL AND attempts < {MaxAttempts} AND next_attempt_at <= {now}
                    ORDER BY next_attempt_at, id LIMIT {maxCount} FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(ct);
            var gameIds = claimed.Select(delivery => delivery.GameId).Distinct().ToList();
            var games = await db.Games.WithDetails().AsNoTracking()
                .Where(game => gameIds.Contains(game.Id) && game.Status == GameStatus.Scheduled)
                .ToDictionaryAsync(game => game.Id, game => GameView.Of(game, viewer: null, now), ct);

            var due = new List<DueReminder>(claimed.Count);
            foreach (var delivery in claimed)
            {
                if (!games.TryGetValue(delivery.GameId, out var game))
                {
                    db.ReminderDeliveries.Remove(delivery);
                    continue;
                }

                delivery.Attempts++;
                delivery.NextAttemptAt = now + RetryDelay;
                due.Add(new DueReminder(delivery.Id, delivery.RecipientUserId, game));
            }

            await db.SaveChangesAsync(ct);
            return due;
        }, cancellationToken);

    public Task MarkSentAsync(long deliveryId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.ReminderDeliveries.Where(delivery => delivery.Id == deliveryId)
            .ExecuteUpdateAsync(set => set.SetProperty(delivery => delivery.SentAt, now), cancellationToken);
    }
}
