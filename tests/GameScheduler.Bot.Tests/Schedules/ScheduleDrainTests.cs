using GameScheduler.Bot.Schedules;
using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Core.Games;
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
    private static readonly string[] Reminded = [DatabaseHarness.HostId, Player];

    private DatabaseHarness _bot = null!;

    private CancellationToken Timeout => _bot.Timeout;

    public async Task InitializeAsync()
    {
        _bot = await DatabaseHarness.StartAsync(postgres, services => services.AddTransient<ScheduleDrain>());
        _bot.Discord.CloseDirectMessages(ClosedDmsPlayer);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_reminder_goes_out_when_due_to_the_host_and_the_reachable_confirmed_players_once()
    {
        var game = await CreateGameAsync();

        _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await Drain().DrainDueAsync(Timeout));
        Assert.Empty(_bot.Discord.DirectMessages);

        _bot.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await Drain().DrainDueAsync(Timeout));
        Assert.Equal(0, await Drain().DrainDueAsync(Timeout));

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

        Assert.Equal(1, handled.Sum());
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

        Assert.Equal(0, await Drain().DrainDueAsync(Timeout));

        Assert.Empty(recorded.Spans);
    }

    [Fact]
    public async Task A_drain_that_finds_work_is_one_trace_holding_its_queries()
    {
        var game = await CreateGameAsync();
        _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(-60));
        using var recorded = new RecordedSpans(BotTelemetry.Name, "Npgsql");

        Assert.Equal(1, await Drain().DrainDueAsync(Timeout));

        var drain = Assert.Single(recorded.Spans, span => span.DisplayName == "drain schedule");
        Assert.Contains(recorded.Spans, span => span.Source.Name == "Npgsql");
        Assert.All(recorded.Spans, span => Assert.Equal(drain.TraceId, span.TraceId));
    }

    /// <summary>Two seats: a player, one whose DMs are closed, and one on the waitlist.</summary>
    private Task<GameView> CreateGameAsync() => _bot.CreateGameAsync(maxPlayers: 2, Player, ClosedDmsPlayer, WaitlistedPlayer);

    private ScheduleDrain Drain() => _bot.Service<ScheduleDrain>();
}
