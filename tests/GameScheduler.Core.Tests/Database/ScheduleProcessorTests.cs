using GameScheduler.Core.Events;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Schedules;
using Microsoft.EntityFrameworkCore;

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

        Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60));
        var handled = await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout);
        var handledAgain = await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout);

        Assert.Equal(1, handled);
        Assert.Equal(0, handledAgain);
        var deliveries = await DeliveriesAsync();
        Assert.Equal(["1", HostId], deliveries.Select(delivery => delivery.RecipientUserId).Order());
        Assert.All(deliveries, delivery => Assert.Equal((0, Time.GetUtcNow(), null), (delivery.Attempts, delivery.NextAttemptAt, delivery.SentAt)));
        var entry = Assert.Single(deliveries.Select(delivery => delivery.ScheduleEntryId).Distinct());
        Assert.Equal(60, (await Db().ScheduleEntries.SingleAsync(scheduled => scheduled.Id == entry, Timeout)).ReminderMinutes);
    }

    [Fact]
    public async Task A_due_reminder_is_marked_done_and_committed_before_any_dm_is_sent()
    {
        var game = await CreateGameAsync();
        Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60));

        await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout);
        var claimed = await Service<ReminderDeliveries>().ClaimDueAsync(10, Timeout);

        Assert.False(await Service<ScheduleProcessor>().AnyDueAsync(Timeout));
        Assert.Equal(HostId, Assert.Single(claimed).RecipientUserId);
        Assert.Empty(await Service<ReminderDeliveries>().ClaimDueAsync(10, Timeout));
    }

    [Fact]
    public async Task An_unsent_reminder_is_claimed_again_after_the_retry_delay_at_most_max_attempts_times_and_a_sent_one_never()
    {
        var game = await CreateGameAsync(maxPlayers: 1);
        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60));
        await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout);
        var first = await Service<ReminderDeliveries>().ClaimDueAsync(10, Timeout);
        await Service<ReminderDeliveries>().MarkSentAsync(first.Single(reminder => reminder.RecipientUserId == HostId).DeliveryId, Timeout);

        var claims = 1;
        while (true)
        {
            Time.Advance(ReminderDeliveries.RetryDelay);
            var again = await Service<ReminderDeliveries>().ClaimDueAsync(10, Timeout);
            if (again.Count == 0) break;
            Assert.Equal("1", Assert.Single(again).RecipientUserId);
            claims++;
        }

        Assert.Equal(ReminderDeliveries.MaxAttempts, claims);
    }

    [Fact]
    public async Task A_reminder_of_a_game_cancelled_before_its_dm_went_out_is_dropped()
    {
        var game = await CreateGameAsync();
        Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60));
        await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout);

        await Service<GameService>().CancelAsync(Host, game.Id, Timeout);

        Assert.Empty(await Service<ReminderDeliveries>().ClaimDueAsync(10, Timeout));
        Assert.Empty(await DeliveriesAsync());
    }

    [Fact]
    public async Task The_game_moves_to_in_progress_at_its_start_and_to_completed_at_its_end()
    {
        var game = await CreateGameAsync();

        Time.SetUtcNow(game.ScheduledAt);
        await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout);
        var started = await Service<GameQueries>().FindAsync(Host, game.Id, Timeout);
        Time.SetUtcNow(game.ScheduledAt.AddMinutes(game.DurationMinutes));
        await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout);
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
        Time.SetUtcNow(game.ScheduledAt.AddMinutes(-15));

        var counts = await Task.WhenAll(
            Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout),
            Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout));

        Assert.Equal(2, counts.Sum());
        Assert.Equal(2, (await DeliveriesAsync()).Count);
    }

    private static void Fail(long entryId, Exception exception) =>
        throw new InvalidOperationException($"Schedule entry {entryId} failed.", exception);

    private Task<List<ReminderDelivery>> DeliveriesAsync() => Db().ReminderDeliveries.AsNoTracking().ToListAsync(Timeout);
}
