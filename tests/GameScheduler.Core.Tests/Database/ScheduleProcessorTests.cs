using GameScheduler.Core.Events;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Schedules;

namespace GameScheduler.Core.Tests.Database;

public sealed class ScheduleProcessorTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    [Fact]
    public async Task A_due_reminder_goes_to_the_confirmed_players_and_the_host_once()
    {
        var game = await CreateGameAsync(maxPlayers: 1);
        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        Time.Advance(TimeSpan.FromSeconds(1));
        await Service<ParticipationService>().JoinAsync(Member("2"), game.Id, Timeout);
        var reminders = new List<GameReminder>();

        Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60));
        var handled = await Service<ScheduleProcessor>().ProcessDueAsync(10, Collect(reminders), Timeout);
        var handledAgain = await Service<ScheduleProcessor>().ProcessDueAsync(10, Collect(reminders), Timeout);

        Assert.Equal(1, handled);
        Assert.Equal(0, handledAgain);
        var reminder = Assert.Single(reminders);
        Assert.Equal(60, reminder.MinutesBefore);
        Assert.Equal(["1", HostId], reminder.RecipientUserIds);
    }

    [Fact]
    public async Task The_game_moves_to_in_progress_at_its_start_and_to_completed_at_its_end()
    {
        var game = await CreateGameAsync();

        Time.SetUtcNow(game.ScheduledAt);
        await Service<ScheduleProcessor>().ProcessDueAsync(10, Collect([]), Timeout);
        var started = await Service<GameQueries>().FindAsync(Host, game.Id, Timeout);
        Time.SetUtcNow(game.ScheduledAt.AddMinutes(game.DurationMinutes));
        await Service<ScheduleProcessor>().ProcessDueAsync(10, Collect([]), Timeout);
        var completed = await Service<GameQueries>().FindAsync(Host, game.Id, Timeout);

        Assert.Equal(GameStatus.InProgress, started!.Status);
        Assert.Equal(GameStatus.Completed, completed!.Status);
        Assert.Equal(
            [GameCreated.EventType, GameUpdated.EventType, GameUpdated.EventType],
            (await EventsOfGameAsync(game.Id)).Select(message => message.Type));
    }

    [Fact]
    public async Task Two_processors_handle_each_due_entry_once()
    {
        var game = await CreateGameAsync();
        var reminders = new List<GameReminder>();
        Time.SetUtcNow(game.ScheduledAt.AddMinutes(-15));

        var counts = await Task.WhenAll(
            Service<ScheduleProcessor>().ProcessDueAsync(10, Collect(reminders), Timeout),
            Service<ScheduleProcessor>().ProcessDueAsync(10, Collect(reminders), Timeout));

        Assert.Equal(2, counts.Sum());
        Assert.Equal([60, 15], reminders.Select(reminder => reminder.MinutesBefore).Order().Reverse());
    }

    private static Func<GameReminder, CancellationToken, Task> Collect(List<GameReminder> reminders) => (reminder, _) =>
    {
        lock (reminders) reminders.Add(reminder);
        return Task.CompletedTask;
    };
}
