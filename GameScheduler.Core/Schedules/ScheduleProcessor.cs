using GameScheduler.Core.Data;
using GameScheduler.Core.Events;
using GameScheduler.Core.Games;
using GameScheduler.Core.Outbox;
using GameScheduler.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Schedules;

/// <summary>
/// Works off due timers: announcements, reminders, the confirmation deadline of carried-over players, the move to
/// IN_PROGRESS (which makes the next game of a series) and to COMPLETED (which plans the tidying of the announcement;
/// <see cref="AnnouncementTidying"/> hands those to the bot). Each entry is handled in its own
/// transaction under the game's row lock, then marked processed, so it runs once even with several bot instances
/// and still runs after a restart. A due reminder only records one <see cref="ReminderDelivery"/> per recipient;
/// <see cref="ReminderDeliveries"/> sends them after the commit, outside the game's lock.
/// </summary>
public sealed class ScheduleProcessor(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>Whether any entry is due now: a poll's cheap look before it does (and traces) any work.</summary>
    public Task<bool> AnyDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.ScheduleEntries.AnyAsync(entry => entry.ProcessedAt == null && entry.DueAt <= now && entry.Kind != ScheduleKind.Tidy, cancellationToken);
    }

    /// <summary>Handles up to <paramref name="maxCount"/> due entries, oldest first; returns how many it handled.</summary>
    /// <param name="onFailure">Told of an entry that failed; it stays due, and the entries after it are still handled.</param>
    public async Task<int> ProcessDueAsync(int maxCount, Action<long, Exception> onFailure, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.ScheduleEntries
            .Where(entry => entry.ProcessedAt == null && entry.DueAt <= now && entry.Kind != ScheduleKind.Tidy)
            .OrderBy(entry => entry.DueAt).ThenBy(entry => entry.Id)
            .Take(maxCount)
            .Select(entry => new { entry.Id, entry.GameId })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var handled = 0;
        foreach (var entry in due)
        {
            try
            {
                if (await ProcessAsync(entry.Id, entry.GameId, cancellationToken)) handled++;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                onFailure(entry.Id, exception);
            }
        }
        return handled;
    }

    /// <summary>Takes the game lock before the entry lock, in the same order as edits and cancellations, so they cannot deadlock.</summary>
    private Task<bool> ProcessAsync(long entryId, Guid gameId, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var game = await db.LockAndLoadAsync(gameId, ct);
            var entries = await db.ScheduleEntries
                .FromSql($"SELECT * FROM schedule_entries WHERE id = {entryId} AND processed_at IS NULL FOR UPDATE SKIP LOCKED")
                .ToListAsync(ct);
            if (entries.SingleOrDefault() is not { } entry) return false;

            var now = time.GetUtcNow();
            switch (entry.Kind)
            {
                case ScheduleKind.Announce when game?.Status == GameStatus.Scheduled:
                    // The bot posts a game with no announcement yet on any change once its post time has come.
                    game.UpdatedAt = now;
                    db.AddEvent(new GameUpdated(game.Id, game.GuildId), now);
                    break;
                case ScheduleKind.Reminder when game?.Status == GameStatus.Scheduled:
                    db.ReminderDeliveries.AddRange(DeliveriesOf(game, entry, now));
                    break;
                case ScheduleKind.ConfirmDeadline when game?.Status == GameStatus.Scheduled:
                    DropUnconfirmed(game, now);
                    break;
                case ScheduleKind.Start when game?.Status == GameStatus.Scheduled:
                    MoveTo(game, GameStatus.InProgress, now);
                    await db.ContinueSeriesAsync(game, now, ct);
                    break;
                case ScheduleKind.Complete when game?.Status is GameStatus.Scheduled or GameStatus.InProgress:
                    MoveTo(game, GameStatus.Completed, now);
                    if (SchedulePlanner.Tidy(game, after: entry.DueAt) is { } tidy) db.ScheduleEntries.Add(tidy);
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

    /// <summary>Takes the carried-over players who did not confirm off the roster; the waitlist moves up into their seats.</summary>
    private void DropUnconfirmed(Game game, DateTimeOffset now)
    {
        game.ConfirmBy = null;
        var unconfirmed = game.Participants.Where(player => player.AwaitingConfirmation).ToList();
        if (unconfirmed.Count == 0) return;

        var before = Roster.Of(game);
        foreach (var player in unconfirmed) game.Participants.Remove(player);
        db.Participants.RemoveRange(unconfirmed);
        game.UpdatedAt = now;
        db.AddEvent(new GameUpdated(game.Id, game.GuildId)
        {
            ParticipantChanges = RosterDiff.Between(before, Roster.Of(game), ParticipantChangeKind.Unconfirmed),
        }, now);
    }

    /// <summary>One delivery each to the confirmed players and the host.</summary>
    private static IEnumerable<ReminderDelivery> DeliveriesOf(Game game, ScheduleEntry entry, DateTimeOffset now) =>
        GameView.Of(game, viewer: null, now).Confirmed
            .Select(participant => participant.UserId)
            .OfType<string>()
            .Append(game.HostId)
            .Distinct()
            .Select(userId => new ReminderDelivery
            {
                ScheduleEntryId = entry.Id,
                GameId = game.Id,
                RecipientUserId = userId,
                NextAttemptAt = now,
            });
}
