using System.Text.Json;
using GameScheduler.Core.Events;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Schedules;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

public sealed class GameSeriesTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    private static readonly Recurrence Weekly = new(RecurrenceFrequency.Weekly);

    [Fact]
    public async Task A_repeating_game_makes_its_next_game_when_it_starts_with_its_confirmed_players_asked_to_confirm()
    {
        var first = await CreateSeriesAsync(Weekly, maxPlayers: 2);
        await JoinAsync(first.Id, "1", "2", "3");

        await StartAsync(first);

        var next = await NextGameAsync(first);
        Assert.Equal(first.ScheduledAt.AddDays(7), next.ScheduledAt);
        Assert.Equal((first.Title, first.ChannelId, first.MaxPlayers, first.DurationMinutes), (next.Title, next.ChannelId, next.MaxPlayers, next.DurationMinutes));
        Assert.Equal((Weekly, first.Id), (next.Recurrence, next.SeriesId));
        Assert.Equal(["1", "2"], next.Confirmed.Select(player => player.UserId));
        Assert.All(next.Confirmed, player => Assert.True(player.AwaitingConfirmation));
        Assert.Empty(next.Waitlisted);
        Assert.Equal(next.ScheduledAt.AddMinutes(-GameSeries.DefaultConfirmMinutesBefore), next.ConfirmBy);

        var created = Assert.Single(await EventsOfGameAsync(next.Id));
        var changes = JsonDocument.Parse(created.Payload).RootElement.GetProperty("data").GetProperty("participant_changes");
        Assert.Equal(["1:carried_over", "2:carried_over"],
            changes.EnumerateArray().Select(change => $"{change.GetProperty("user_id").GetString()}:{change.GetProperty("change").GetString()}"));
    }

    [Fact]
    public async Task The_series_has_one_next_game_however_often_its_start_is_handled()
    {
        var first = await CreateSeriesAsync(Weekly);

        await StartAsync(first);
        await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout);

        Assert.Equal(2, await Db().Games.CountAsync(game => game.SeriesId == first.Id, Timeout));
    }

    [Fact]
    public async Task The_count_ends_the_series()
    {
        var first = await CreateSeriesAsync(Weekly with { Count = 2 });
        await StartAsync(first);
        var second = await NextGameAsync(first);

        await StartAsync(second);

        Assert.Equal(2, await Db().Games.CountAsync(game => game.SeriesId == first.Id, Timeout));
    }

    [Fact]
    public async Task Cancelling_one_game_of_a_series_makes_the_next_one_at_once()
    {
        var first = await CreateSeriesAsync(Weekly);

        await Service<GameService>().CancelAsync(Host, first.Id, Timeout);

        Assert.Equal(first.ScheduledAt.AddDays(7), (await NextGameAsync(first)).ScheduledAt);
    }

    [Fact]
    public async Task Stopping_the_series_leaves_the_game_and_makes_no_next_one()
    {
        var first = await CreateSeriesAsync(Weekly);

        var stopped = await UpdateAsync(first.Id, new GameEdit { ChangesRecurrence = true, Recurrence = null });
        await StartAsync(first);

        Assert.Null(stopped.Recurrence);
        Assert.Equal(1, await Db().Games.CountAsync(game => game.SeriesId == first.Id, Timeout));
    }

    [Fact]
    public async Task A_change_of_this_game_alone_makes_the_next_game_from_the_game_as_it_was_and_takes_this_one_out()
    {
        var first = await CreateSeriesAsync(Weekly);

        var changed = await UpdateAsync(first.Id, new GameEdit { Title = "Special edition", ApplyTo = SeriesEditScope.ThisGame });

        Assert.Equal(("Special edition", null, null), (changed.Title, changed.Recurrence, changed.SeriesId));
        var next = await NextGameAsync(first);
        Assert.Equal(("Board games night", Weekly, first.ScheduledAt.AddDays(7)), (next.Title, next.Recurrence, next.ScheduledAt));
        Assert.Contains(await EventsOfGameAsync(next.Id), message => message.Type == GameCreated.EventType);
    }

    [Fact]
    public async Task A_change_of_this_and_later_games_is_carried_into_the_next_game()
    {
        var first = await CreateSeriesAsync(Weekly);

        await UpdateAsync(first.Id, new GameEdit { Title = "Strategy night", MaxPlayers = 6 });
        await StartAsync(first);

        var next = await NextGameAsync(first);
        Assert.Equal(("Strategy night", 6), (next.Title, next.MaxPlayers));
    }

    [Fact]
    public async Task At_the_deadline_players_who_did_not_confirm_lose_their_seat_and_the_waitlist_moves_up()
    {
        var first = await CreateSeriesAsync(Weekly, maxPlayers: 2);
        await JoinAsync(first.Id, "1", "2");
        await StartAsync(first);
        var next = await NextGameAsync(first);
        await JoinAsync(next.Id, "3");

        var confirmed = await Service<ParticipationService>().ConfirmSeatAsync("1", next.Id, Timeout);
        Time.SetUtcNow(next.ConfirmBy!.Value);
        await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout);

        Assert.False(Assert.IsType<SeatConfirmed>(confirmed).Game.Confirmed.Single(player => player.UserId == "1").AwaitingConfirmation);
        var after = await FindAsync(next.Id);
        Assert.Equal(["1", "3"], after.Confirmed.Select(player => player.UserId));
        Assert.Null(after.ConfirmBy);
        var dropped = JsonDocument.Parse((await EventsOfGameAsync(next.Id))[^1].Payload).RootElement.GetProperty("data").GetProperty("participant_changes");
        Assert.Equal(["3:promoted", "2:unconfirmed"],
            dropped.EnumerateArray().Select(change => $"{change.GetProperty("user_id").GetString()}:{change.GetProperty("change").GetString()}"));
    }

    [Fact]
    public async Task Moving_a_game_with_carried_over_players_moves_their_deadline_with_it()
    {
        var first = await CreateSeriesAsync(Weekly with { Count = 2 });
        await JoinAsync(first.Id, "1");
        await StartAsync(first);
        var next = await NextGameAsync(first);

        var moved = await UpdateAsync(next.Id, new GameEdit { ScheduledAt = next.ScheduledAt.AddHours(3), ConfirmMinutesBefore = 60 });

        Assert.Equal(moved.ScheduledAt.AddMinutes(-60), moved.ConfirmBy);
        var deadline = await Db().ScheduleEntries.SingleAsync(entry => entry.GameId == next.Id && entry.Kind == ScheduleKind.ConfirmDeadline, Timeout);
        Assert.Equal(moved.ConfirmBy, deadline.DueAt);
    }

    [Fact]
    public async Task Dropping_a_carried_over_seat_gives_it_to_the_waitlist_and_a_stranger_cannot_touch_the_seats()
    {
        var first = await CreateSeriesAsync(Weekly, maxPlayers: 1);
        await JoinAsync(first.Id, "1");
        await StartAsync(first);
        var next = await NextGameAsync(first);
        await JoinAsync(next.Id, "2");

        var byStranger = await Service<ParticipationService>().ConfirmSeatAsync("9", next.Id, Timeout);
        var dropByStranger = await Service<ParticipationService>().DropSeatAsync("9", next.Id, Timeout);
        var dropped = await Service<ParticipationService>().DropSeatAsync("1", next.Id, Timeout);

        Assert.IsType<ResourceNotFound>(byStranger);
        Assert.IsType<ResourceNotFound>(dropByStranger);
        Assert.Equal(["2"], Assert.IsType<Left>(dropped).Game.Confirmed.Select(player => player.UserId));
    }

    [Fact]
    public async Task Without_carrying_players_over_the_next_game_starts_empty_and_has_no_deadline()
    {
        var first = await CreateSeriesAsync(Weekly, carryOverPlayers: false);
        await JoinAsync(first.Id, "1");

        await StartAsync(first);

        var next = await NextGameAsync(first);
        Assert.Empty(next.Confirmed);
        Assert.Null(next.ConfirmBy);
    }

    [Fact]
    public async Task Joining_a_repeating_game_shows_its_rule_as_the_roster_path_reads_it()
    {
        var first = await CreateSeriesAsync(new Recurrence(RecurrenceFrequency.Monthly, 2, Until: Time.GetUtcNow().AddYears(1)));

        var joined = await Service<ParticipationService>().JoinAsync(Member("1"), first.Id, Timeout);

        Assert.Equal(first.Recurrence, Assert.IsType<Joined>(joined).Game.Recurrence);
    }

    [Fact]
    public async Task A_series_ending_before_its_first_game_is_refused_naming_the_field_and_nothing_is_made()
    {
        var request = NewSeries(Weekly with { Until = Time.GetUtcNow() });

        var result = await Service<GameService>().CreateAsync(Host, request, Timeout);

        Assert.Contains("recurrence.until", Assert.IsType<ValidationFailed>(result).Errors.Keys);
        Assert.False(await Db().Games.AnyAsync(Timeout));
    }

    [Fact]
    public async Task A_templates_monthly_weekday_rule_takes_the_weekday_of_the_month_the_game_starts_on()
    {
        var db = Db();
        var template = await db.Templates.SingleAsync(template => template.GuildId == GuildId && template.IsDefault, Timeout);
        template.Recurrence = new Recurrence(RecurrenceFrequency.Monthly, ByWeekdayOfMonth: 1);
        await db.SaveChangesAsync(Timeout);
        // 2030-01-15 is the third Tuesday of January.
        var request = new NewGame(GuildId) { Title = "Monthly raid", ChannelId = ChannelId, ScheduledAt = new DateTimeOffset(2030, 1, 15, 19, 0, 0, TimeSpan.Zero) };

        var game = Assert.IsType<GameSaved>(await Service<GameService>().CreateAsync(Host, request, Timeout)).Game;

        Assert.Equal(3, game.Recurrence!.ByWeekdayOfMonth);
    }

    private NewGame NewSeries(Recurrence recurrence, int maxPlayers = 10, bool carryOverPlayers = true) => new(GuildId)
    {
        Title = "Board games night",
        ChannelId = ChannelId,
        ScheduledAt = Time.GetUtcNow().AddDays(1),
        MaxPlayers = maxPlayers,
        Recurrence = recurrence,
        CarryOverPlayers = carryOverPlayers,
    };

    private async Task<GameView> CreateSeriesAsync(Recurrence recurrence, int maxPlayers = 10, bool carryOverPlayers = true) =>
        Assert.IsType<GameSaved>(await Service<GameService>().CreateAsync(Host, NewSeries(recurrence, maxPlayers, carryOverPlayers), Timeout)).Game;

    private async Task JoinAsync(Guid gameId, params string[] userIds)
    {
        foreach (var userId in userIds)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await Service<ParticipationService>().JoinAsync(Member(userId), gameId, Timeout);
        }
    }

    private async Task<GameView> UpdateAsync(Guid gameId, GameEdit edit) =>
        Assert.IsType<GameSaved>(await Service<GameService>().UpdateAsync(Host, gameId, edit, Timeout)).Game;

    private async Task StartAsync(GameView game)
    {
        Time.SetUtcNow(game.ScheduledAt);
        await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout);
    }

    private async Task<GameView> FindAsync(Guid gameId) => (await Service<GameQueries>().FindAsync(Host, gameId, Timeout))!;

    /// <summary>The game after <paramref name="game"/> in its series.</summary>
    private async Task<GameView> NextGameAsync(GameView game)
    {
        var seriesId = game.SeriesId ?? game.Id;
        var nextId = await Db().Games
            .Where(candidate => candidate.SeriesId == seriesId && candidate.ScheduledAt > game.ScheduledAt)
            .OrderBy(candidate => candidate.ScheduledAt)
            .Select(candidate => candidate.Id)
            .FirstAsync(Timeout);
        return await FindAsync(nextId);
    }

    private static void Fail(long entryId, Exception exception) => throw new InvalidOperationException($"Entry {entryId} failed", exception);
}
