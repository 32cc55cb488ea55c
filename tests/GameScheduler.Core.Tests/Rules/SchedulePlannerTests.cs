using GameScheduler.Core.Games;
using GameScheduler.Core.Schedules;

namespace GameScheduler.Core.Tests.Rules;

public sealed class SchedulePlannerTests
{
    [Fact]
    public void Plans_each_reminder_the_start_and_the_end()
    {
        var game = Sample.Game();

        var entries = SchedulePlanner.Plan(game, Sample.Now);

        Assert.Equal(
            [
                (ScheduleKind.Reminder, (int?)60, game.ScheduledAt.AddMinutes(-60)),
                (ScheduleKind.Reminder, 15, game.ScheduledAt.AddMinutes(-15)),
                (ScheduleKind.Start, null, game.ScheduledAt),
                (ScheduleKind.Complete, null, game.ScheduledAt.AddMinutes(game.DurationMinutes)),
            ],
            entries.Select(entry => (entry.Kind, entry.ReminderMinutes, entry.DueAt)));
        Assert.All(entries, entry => Assert.Equal(game.Id, entry.GameId));
    }

    [Fact]
    public void Skips_reminders_whose_time_has_passed()
    {
        var game = Sample.Game();
        game.ScheduledAt = Sample.Now.AddMinutes(30);

        var reminders = SchedulePlanner.Plan(game, Sample.Now).Where(entry => entry.Kind == ScheduleKind.Reminder);

        Assert.Equal([15], reminders.Select(entry => entry.ReminderMinutes));
    }

    [Fact]
    public void A_cancelled_game_needs_no_timers()
    {
        Assert.Empty(SchedulePlanner.Plan(Sample.Game(status: GameStatus.Cancelled), Sample.Now));
    }
}
