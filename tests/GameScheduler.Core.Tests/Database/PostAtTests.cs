using GameScheduler.Core.Events;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Schedules;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

public sealed class PostAtTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    [Fact]
    public async Task A_post_time_at_or_after_the_start_is_a_post_at_error_and_writes_nothing()
    {
        var scheduledAt = Time.GetUtcNow().AddDays(1);

        var atStart = await CreateAsync(scheduledAt, postAt: scheduledAt);
        var afterStart = await CreateAsync(scheduledAt, postAt: scheduledAt.AddMinutes(1));

        Assert.Equal(["post_at"], Assert.IsType<ValidationFailed>(atStart).Errors.Keys);
        Assert.Equal(["post_at"], Assert.IsType<ValidationFailed>(afterStart).Errors.Keys);
        Assert.Empty(await Db().Games.ToListAsync(Timeout));
        Assert.Empty(await Db().ScheduleEntries.ToListAsync(Timeout));
        Assert.Empty(await Db().OutboxMessages.ToListAsync(Timeout));
    }

    [Fact]
    public async Task A_game_waits_for_its_post_time_then_a_due_announce_entry_writes_game_updated_once()
    {
        var postAt = Time.GetUtcNow().AddHours(2);
        var game = Assert.IsType<GameSaved>(await CreateAsync(Time.GetUtcNow().AddDays(1), postAt)).Game;

        Assert.Equal(postAt, game.PostAt);
        Assert.True(game.AwaitsAnnouncement);
        Assert.Equal(postAt, await AnnounceDueAtAsync(game.Id));

        Time.SetUtcNow(postAt.AddSeconds(-1));
        await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout);
        Assert.Equal([GameCreated.EventType], (await EventsOfGameAsync(game.Id)).Select(message => message.Type));

        Time.SetUtcNow(postAt);
        Assert.Equal(1, await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout));
        Assert.Equal(0, await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout));

        Assert.Equal([GameCreated.EventType, GameUpdated.EventType], (await EventsOfGameAsync(game.Id)).Select(message => message.Type));
        Assert.False((await Service<GameQueries>().FindForEveryoneAsync(game.Id, Timeout))!.AwaitsAnnouncement);
    }

    [Fact]
    public async Task A_post_time_already_past_or_none_announces_at_once()
    {
        var scheduledAt = Time.GetUtcNow().AddDays(1);
        var past = Assert.IsType<GameSaved>(await CreateAsync(scheduledAt, Time.GetUtcNow().AddMinutes(-1))).Game;
        var none = Assert.IsType<GameSaved>(await CreateAsync(scheduledAt, postAt: null)).Game;

        Assert.False(past.AwaitsAnnouncement);
        Assert.False(none.AwaitsAnnouncement);
        Assert.Null(await AnnounceDueAtAsync(past.Id));
        Assert.Null(await AnnounceDueAtAsync(none.Id));
    }

    [Fact]
    public async Task Editing_the_post_time_of_a_game_not_yet_announced_moves_its_announce_entry()
    {
        var game = Assert.IsType<GameSaved>(await CreateAsync(Time.GetUtcNow().AddDays(1), Time.GetUtcNow().AddHours(2))).Game;
        var later = Time.GetUtcNow().AddHours(5);

        var moved = await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { PostAt = later }, Timeout);

        Assert.Equal(later, Assert.IsType<GameSaved>(moved).Game.PostAt);
        Assert.Equal(later, await AnnounceDueAtAsync(game.Id));
        Time.SetUtcNow(game.PostAt!.Value);
        Assert.Equal(0, await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout));
    }

    [Fact]
    public async Task Moving_the_start_before_the_post_time_is_a_post_at_error()
    {
        var game = Assert.IsType<GameSaved>(await CreateAsync(Time.GetUtcNow().AddDays(1), Time.GetUtcNow().AddHours(5))).Game;

        var result = await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { ScheduledAt = Time.GetUtcNow().AddHours(4) }, Timeout);

        Assert.Equal(["post_at"], Assert.IsType<ValidationFailed>(result).Errors.Keys);
        Assert.Equal(game.PostAt, await AnnounceDueAtAsync(game.Id));
    }

    [Fact]
    public async Task Once_announced_a_new_post_time_is_refused_and_the_same_one_is_accepted()
    {
        var postAt = Time.GetUtcNow().AddHours(2);
        var game = Assert.IsType<GameSaved>(await CreateAsync(Time.GetUtcNow().AddDays(1), postAt)).Game;
        Time.SetUtcNow(postAt.AddMinutes(1));

        var moved = await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { PostAt = postAt.AddHours(3) }, Timeout);
        var same = await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { PostAt = postAt, Title = "Renamed" }, Timeout);

        Assert.Equal([GameSettingsValidator.AlreadyAnnounced], Assert.IsType<ValidationFailed>(moved).Errors["post_at"]);
        Assert.Equal("Renamed", Assert.IsType<GameSaved>(same).Game.Title);
        Assert.Equal(postAt, (await Db().Games.SingleAsync(Timeout)).PostAt);
    }

    [Fact]
    public async Task Players_join_a_game_not_yet_announced()
    {
        var game = Assert.IsType<GameSaved>(await CreateAsync(Time.GetUtcNow().AddDays(1), Time.GetUtcNow().AddHours(2))).Game;

        var joined = await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);

        Assert.Equal("1", Assert.Single(Assert.IsType<Joined>(joined).Game.Confirmed).UserId);
    }

    [Fact]
    public async Task A_clone_is_announced_at_once()
    {
        var game = Assert.IsType<GameSaved>(await CreateAsync(Time.GetUtcNow().AddDays(1), Time.GetUtcNow().AddHours(2))).Game;

        var clone = await Service<GameService>().CloneAsync(Host, game.Id, new GameClone(Time.GetUtcNow().AddDays(8), CarryOverPlayers: false), Timeout);

        Assert.Null(Assert.IsType<GameSaved>(clone).Game.PostAt);
    }

    private Task<IGameChangeResult> CreateAsync(DateTimeOffset scheduledAt, DateTimeOffset? postAt) =>
        Service<GameService>().CreateAsync(Host, new NewGame(GuildId)
        {
            Title = "Board games night",
            ChannelId = ChannelId,
            ScheduledAt = scheduledAt,
            PostAt = postAt,
        }, Timeout);

    private async Task<DateTimeOffset?> AnnounceDueAtAsync(Guid gameId) =>
        (await Db().ScheduleEntries.AsNoTracking()
            .Where(entry => entry.GameId == gameId && entry.Kind == ScheduleKind.Announce && entry.ProcessedAt == null)
            .ToListAsync(Timeout))
        .SingleOrDefault()?.DueAt;

    private static void Fail(long entryId, Exception exception) =>
        throw new InvalidOperationException($"Schedule entry {entryId} failed.", exception);
}
