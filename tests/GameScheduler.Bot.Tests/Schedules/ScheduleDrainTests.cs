using GameScheduler.Bot.Announcements;
using GameScheduler.Bot.Schedules;
using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Core.Games;
using GameScheduler.Core.Schedules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GameScheduler.Bot.Tests.Schedules;

/// <summary>The bot's drain of due timers against a real database, on a clock the test moves.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ScheduleDrainTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Player = "1300000000000000003";
    private const string ClosedDmsPlayer = "1300000000000000006";
    private const string WaitlistedPlayer = "1300000000000000005";
    private const string OtherPlayer = "1300000000000000007";
    private static readonly string[] Reminded = [DatabaseHarness.HostId, Player];

    private DatabaseHarness _bot = null!;

    private CancellationToken Timeout => _bot.Timeout;

    public async Task InitializeAsync()
    {
        _bot = await DatabaseHarness.StartAsync(postgres, services => services
            .AddTransient<ScheduleDrain>()
            .AddSingleton<ChannelPacer>()
            .AddScoped<AnnouncementTidier>());
        _bot.Discord.CloseDirectMessages(ClosedDmsPlayer);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_reminder_goes_out_when_due_to_the_host_and_the_reachable_confirmed_players_once()
    {
        var game = await CreateGameAsync();

        _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, (await Drain().DrainDueAsync(Timeout)).Entries);
        Assert.Empty(_bot.Discord.DirectMessages);

        _bot.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await Drain().DrainDueAsync(Timeout)).Entries);
        Assert.Equal(0, (await Drain().DrainDueAsync(Timeout)).Entries);

        Assert.Equal(Reminded, _bot.Discord.DirectMessages.Select(dm => dm.UserId).Order());
        Assert.All(_bot.Discord.DirectMessages, dm => Assert.StartsWith("Reminder: **Board games night** starts <t:", dm.Content));
        Assert.Equal(GameStatus.Scheduled, (await _bot.FindAsync(game.Id)).Status);
    }

    [Fact]
    public async Task The_game_moves_to_in_progress_at_its_start_and_completed_after_its_duration()
    {
        var game = await CreateGameAsync();

        _bot.Time.SetUtcNow(game.ScheduledAt - TimeSpan.FromSeconds(1));
        await Drain().DrainDueAsync(Timeout);
        Assert.Equal(GameStatus.Scheduled, (await _bot.FindAsync(game.Id)).Status);

        _bot.Time.SetUtcNow(game.ScheduledAt);
        await Drain().DrainDueAsync(Timeout);
        Assert.Equal(GameStatus.InProgress, (await _bot.FindAsync(game.Id)).Status);

        _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(game.DurationMinutes));
        await Drain().DrainDueAsync(Timeout);
        Assert.Equal(GameStatus.Completed, (await _bot.FindAsync(game.Id)).Status);
    }

    [Fact]
    public async Task Two_bots_draining_at_once_send_each_reminder_once()
    {
        var game = await CreateGameAsync();
        _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60));

        var handled = await Task.WhenAll(Drain().DrainDueAsync(Timeout), Drain().DrainDueAsync(Timeout));

        Assert.Equal(1, handled.Sum(drained => drained.Entries));
        Assert.Equal(Reminded, _bot.Discord.DirectMessages.Select(dm => dm.UserId).Order());
    }

    [Fact]
    public async Task The_running_drain_polls_on_its_clock_and_sends_a_reminder_once_it_is_due()
    {
        var game = await CreateGameAsync();
        IHostedService drain = Drain();
        await drain.StartAsync(Timeout);
        try
        {
            _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60));
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            while (_bot.Discord.DirectMessages.Count < Reminded.Length)
            {
                Assert.True(DateTime.UtcNow < deadline, "The running drain sent no reminder after it became due.");
                _bot.Time.Advance(ScheduleDrain.PollInterval);
                await Task.Delay(50, Timeout);
            }
        }
        finally
        {
            await drain.StopAsync(Timeout);
        }

        Assert.Equal(Reminded, _bot.Discord.DirectMessages.Select(dm => dm.UserId).Order());
    }

    [Fact]
    public async Task A_drain_that_finds_nothing_due_records_no_span()
    {
        await CreateGameAsync();
        using var recorded = new RecordedSpans(BotTelemetry.Name, "Npgsql");

        Assert.Equal(0, (await Drain().DrainDueAsync(Timeout)).Entries);

        Assert.Empty(recorded.Spans);
    }

    [Fact]
    public async Task A_drain_that_finds_work_is_one_trace_holding_its_queries()
    {
        var game = await CreateGameAsync();
        _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60));
        using var recorded = new RecordedSpans(BotTelemetry.Name, "Npgsql");

        Assert.Equal(1, (await Drain().DrainDueAsync(Timeout)).Entries);

        var drain = Assert.Single(recorded.Spans, span => span.DisplayName == "drain schedule");
        Assert.Contains(recorded.Spans, span => span.Source.Name == "Npgsql");
        Assert.All(recorded.Spans, span => Assert.Equal(drain.TraceId, span.TraceId));
    }

    [Fact]
    public async Task A_failing_dm_is_retried_later_and_the_recipients_who_got_theirs_are_not_sent_it_again()
    {
        var game = await CreateGameAsync();
        _bot.Discord.BreakDirectMessages(Player);
        _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60));

        var first = await Drain().DrainDueAsync(Timeout);
        var meanwhile = await Drain().DrainDueAsync(Timeout);
        _bot.Discord.RepairDirectMessages(Player);
        _bot.Time.Advance(ReminderDeliveries.RetryDelay);
        var retried = await Drain().DrainDueAsync(Timeout);

        // The host's went out; the closed DMs are done with, skipped.
        Assert.Equal(new DrainResult(1, 2), first);
        Assert.Equal(DrainResult.None, meanwhile);
        Assert.Equal(new DrainResult(0, 1), retried);
        Assert.Equal(Reminded, _bot.Discord.DirectMessages.Select(dm => dm.UserId).Order());
    }

    [Fact]
    public async Task A_dm_that_keeps_failing_is_tried_a_bounded_number_of_times()
    {
        var game = await CreateGameAsync();
        _bot.Discord.BreakDirectMessages(Player);
        _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60));

        for (var attempt = 0; attempt <= ReminderDeliveries.MaxAttempts; attempt++)
        {
            await Drain().DrainDueAsync(Timeout);
            _bot.Time.Advance(ReminderDeliveries.RetryDelay);
        }

        Assert.Equal(ReminderDeliveries.MaxAttempts, _bot.Discord.DirectMessageAttempts(Player));
        Assert.Equal([DatabaseHarness.HostId], _bot.Discord.DirectMessages.Select(dm => dm.UserId));
    }

    [Fact]
    public async Task A_reminder_whose_sender_stopped_after_claiming_it_goes_out_once_after_the_retry_delay()
    {
        var game = await CreateGameAsync();
        _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60));
        await _bot.RunAsync<ScheduleProcessor>(processor => processor.ProcessDueAsync(10, (_, exception) => throw exception, Timeout));
        await _bot.RunAsync<ReminderDeliveries>(deliveries => deliveries.ClaimDueAsync(10, Timeout));

        Assert.Equal(DrainResult.None, await Drain().DrainDueAsync(Timeout));
        _bot.Time.Advance(ReminderDeliveries.RetryDelay);
        await Drain().DrainDueAsync(Timeout);

        Assert.Equal(Reminded, _bot.Discord.DirectMessages.Select(dm => dm.UserId).Order());
    }

    [Fact]
    public async Task A_failing_dm_does_not_hold_back_the_reminders_due_after_it()
    {
        await CreateGameAsync();
        var later = await _bot.CreateGameAsync(maxPlayers: 2, OtherPlayer);
        _bot.Discord.BreakDirectMessages(Player);
        _bot.Time.SetUtcNow(later.ScheduledAt.AddMinutes(-60));

        var drained = await Drain().DrainDueAsync(Timeout);

        Assert.Equal(2, drained.Entries);
        Assert.Contains(_bot.Discord.DirectMessages, dm => dm.UserId == OtherPlayer);
    }

    /// <summary>Two seats: a player, one whose DMs are closed, and one on the waitlist.</summary>
    private Task<GameView> CreateGameAsync() => _bot.CreateGameAsync(maxPlayers: 2, Player, ClosedDmsPlayer, WaitlistedPlayer);

    private ScheduleDrain Drain() => _bot.Service<ScheduleDrain>();
}
