using GameScheduler.Core.Games;

namespace GameScheduler.Core.Schedules;

/// <summary>
/// The timers a scheduled game needs: its announcement and reminders still ahead, the deadline of its carried-over
/// players, its start and its end; and, once it is over, the tidying of its announcement.
/// </summary>
public static class SchedulePlanner
{
    public static IReadOnlyList<ScheduleEntry> Plan(Game game, DateTimeOffset now)
    {
        if (game.Status != GameStatus.Scheduled) return [];

        var reminders = game.ReminderMinutes
            .Distinct()
            .Select(minutes => (minutes, dueAt: game.ScheduledAt.AddMinutes(-minutes)))
            .Where(reminder => reminder.dueAt > now)
            .Select(reminder => new ScheduleEntry
            {
                GameId = game.Id,
                Kind = ScheduleKind.Reminder,
                ReminderMinutes = reminder.minutes,
                DueAt = reminder.dueAt,
            });
        ScheduleEntry[] announcement = game.AwaitsAnnouncement(now)
            ? [new() { GameId = game.Id, Kind = ScheduleKind.Announce, DueAt = game.PostAt!.Value }]
            : [];
        ScheduleEntry[] confirmation = game.ConfirmBy is { } confirmBy
            ? [new() { GameId = game.Id, Kind = ScheduleKind.ConfirmDeadline, DueAt = confirmBy }]
            : [];
        ScheduleEntry[] transitions =
        [
            new() { GameId = game.Id, Kind = ScheduleKind.Start, DueAt = game.ScheduledAt },
            new() { GameId = game.Id, Kind = ScheduleKind.Complete, DueAt = game.EndsAt },
        ];
        return [.. announcement, .. reminders, .. confirmation, .. transitions];
    }

    /// <summary>The tidying of a game's announcement, its delay after <paramref name="after"/>; null when the game keeps it.</summary>
    public static ScheduleEntry? Tidy(Game game, DateTimeOffset after) => game.AfterGame == AfterGame.Keep
        ? null
        : new ScheduleEntry { GameId = game.Id, Kind = ScheduleKind.Tidy, DueAt = after.AddMinutes(game.AfterGameDelayMinutes) };
}
