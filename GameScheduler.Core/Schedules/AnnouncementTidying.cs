using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Schedules;

/// <summary>
/// The due <see cref="ScheduleKind.Tidy"/> entries, for the bot to delete or archive announcements. A claim moves the
/// entry's due time <see cref="RetryDelay"/> ahead in a transaction of its own, skipping entries another bot holds, so
/// one bot at a time works on an announcement and a bot that crashed halfway leaves it to be claimed again. The
/// archive summary is recorded once posted, and the entry is marked done with the announcement forgotten, so a retry
/// neither posts the summary twice nor touches a message that is gone. The game stays in the database.
/// </summary>
public sealed class AnnouncementTidying(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>Long enough that a claimed tidying is done or has failed before it is claimed again.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    public Task<bool> AnyDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.ScheduleEntries.AnyAsync(
            entry => entry.Kind == ScheduleKind.Tidy && entry.ProcessedAt == null && entry.DueAt <= now, cancellationToken);
    }

    /// <summary>Claims up to <paramref name="maxCount"/> due tidyings, oldest first; those of a game gone are dropped.</summary>
    public Task<List<DueTidy>> ClaimDueAsync(int maxCount, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var now = time.GetUtcNow();
            var tidy = UpperSnakeCaseText<ScheduleKind>.Of(ScheduleKind.Tidy);
            var claimed = await db.ScheduleEntries
                .FromSql($"""
                    SELECT * FROM schedule_entries
                    WHERE kind = {tidy} AND processed_at IS NULL AND due_at <= {now}
                    ORDER BY due_at, id LIMIT {maxCount} FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(ct);
            var gameIds = claimed.Select(entry => entry.GameId).ToList();
            var games = await db.Games.WithDetails().AsNoTracking()
                .Where(game => gameIds.Contains(game.Id))
                .ToDictionaryAsync(game => game.Id, ct);

            var due = new List<DueTidy>(claimed.Count);
            foreach (var entry in claimed)
            {
                if (!games.TryGetValue(entry.GameId, out var game))
                {
                    db.ScheduleEntries.Remove(entry);
                    continue;
                }

                entry.DueAt = now + RetryDelay;
                due.Add(new DueTidy(entry.Id, GameView.Of(game, viewer: null, now), game.AfterGame, game.ChannelId,
                    game.DiscordMessageId, game.ArchiveChannelId, game.ArchiveMessageId));
            }

            await db.SaveChangesAsync(ct);
            return due;
        }, cancellationToken);

    /// <summary>Remembers the summary posted in the archive channel.</summary>
    public Task RecordSummaryAsync(Guid gameId, string messageId, CancellationToken cancellationToken) =>
        db.Games.Where(game => game.Id == gameId)
            .ExecuteUpdateAsync(set => set.SetProperty(game => game.ArchiveMessageId, messageId), cancellationToken);

    /// <summary>Marks the tidying done: the announcement is gone, so the game no longer points at it.</summary>
    public Task MarkDoneAsync(DueTidy tidy, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var now = time.GetUtcNow();
            await db.ScheduleEntries.Where(entry => entry.Id == tidy.EntryId)
                .ExecuteUpdateAsync(set => set.SetProperty(entry => entry.ProcessedAt, now), ct);
            await db.Games.Where(game => game.Id == tidy.Game.Id)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(game => game.DiscordMessageId, (string?)null)
                    .SetProperty(game => game.TidiedAt, now), ct);
        }, cancellationToken);
}
