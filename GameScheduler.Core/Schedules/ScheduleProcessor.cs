using GameScheduler.Core.Data;
using GameScheduler.Core.Events;
using GameScheduler.Core.Games;
using GameScheduler.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Schedules;

/// <summary>
/// Works off due timers: reminders, and the moves to IN_PROGRESS and COMPLETED. Each entry is handled in its own
/// transaction under the game's row lock, then marked processed, so it runs once even with several bot instances
/// and still runs after a restart.
/// </summary>
public sealed class ScheduleProcessor(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>Whether any entry is due now: a poll's cheap look before it does (and traces) any work.</summary>
    public Task<bool> AnyDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.ScheduleEntries.AnyAsync(entry => entry.ProcessedAt == null && entry.DueAt <= now, cancellationToken);
    }

    /// <summary>Handles up to <paramref name="maxCount"/> due entries, oldest first; returns how many it handled.</summary>
    /// <param name="sendReminder">
    /// Sends a reminder's DMs. It runs inside the entry's transaction: if it throws, the entry stays due and is
    /// retried, so it should skip recipients it cannot reach (closed DMs) rather than throw.
    /// </param>
    public async Task<int> ProcessDueAsync(
        int maxCount,
        Func<GameReminder, CancellationToken, Task> sendReminder,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.ScheduleEntries
            .Where(entry => entry.ProcessedAt == null && entry.DueAt <= now)
            .OrderBy(entry => entry.DueAt).ThenBy(entry => entry.Id)
            .Take(maxCount)
            .Select(entry => new { entry.Id, entry.GameId })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var handled = 0;
        foreach (var entry in due)
        {
            if (await ProcessAsync(entry.Id, entry.GameId, sendReminder, cancellationToken)) handled++;
        }
        return handled;
    }

    /// <summary>Takes the game lock before the entry lock, in the same order as edits and cancellations, so they cannot deadlock.</summary>
    private Task<bool> ProcessAsync(long entryId, Guid gameId, Func<GameReminder, CancellationToken, Task> sendReminder, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var game = await db.LockAndLoadAsync(gameId, ct);
            var entries = await db.ScheduleEntries
                .FromSql($"SELECT * FROM schedule_entries WHERE id = {entryId} AND processed_at IS NULL FOR UPDATE SKIP LOCKED")
                .ToListAsync(ct);
            if (game is null || entries.SingleOrDefault() is not { } entry) return false;

            var now = time.GetUtcNow();
            switch (entry.Kind)
            {
                case ScheduleKind.Reminder when game.Status == GameStatus.Scheduled:
                    await sendReminder(ReminderFor(game, entry, now), ct);
                    break;
                case ScheduleKind.Start when game.Status == GameStatus.Scheduled:
                    MoveTo(game, GameStatus.InProgress, now);
                    break;
                case ScheduleKind.Complete when game.Status is GameStatus.Scheduled or GameStatus.InProgress:
                    MoveTo(game, GameStatus.Completed, now);
                    break;
            }
            entry.ProcessedAt = now;
            await db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);

    private void MoveTo(Game game, GameStatus status, DateTimeOffset now)
    {
        game.Status = status;
        game.UpdatedAt = now;
        db.AddEvent(new GameUpdated(game.Id, game.GuildId), now);
    }

    private static GameReminder ReminderFor(Game game, ScheduleEntry entry, DateTimeOffset now)
    {
        var view = GameView.Of(game, viewer: null, now);
        var recipients = view.Confirmed
            .Select(participant => participant.UserId)
            .OfType<string>()
            .Append(game.HostId)
            .Distinct()
            .ToList();
        return new GameReminder(view, entry.ReminderMinutes ?? 0, recipients);
    }
}
