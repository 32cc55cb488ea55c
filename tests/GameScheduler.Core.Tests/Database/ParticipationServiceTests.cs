using System.Text.Json;
using GameScheduler.Core.Events;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

public sealed class ParticipationServiceTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    [Fact]
    public async Task Players_beyond_the_seats_are_waitlisted_with_their_position()
    {
        var game = await CreateGameAsync(maxPlayers: 1);

        var first = await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        var second = await Service<ParticipationService>().JoinAsync(Member("2"), game.Id, Timeout);

        var joined = Assert.IsType<Joined>(first).Game;
        Assert.Equal(["1"], joined.Confirmed.Select(participant => participant.UserId));
        Assert.True(joined.Viewer.CanLeave);
        Assert.False(joined.Viewer.CanJoin);
        var waitlisted = Assert.IsType<Waitlisted>(second);
        Assert.Equal(1, waitlisted.Position);
        Assert.True(waitlisted.Game.Viewer.IsWaitlisted);
    }

    [Fact]
    public async Task Joining_twice_changes_nothing_and_writes_one_event()
    {
        var game = await CreateGameAsync();

        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        var again = await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);

        Assert.Single(Assert.IsType<AlreadyJoined>(again).Game.Confirmed);
        Assert.Equal([GameCreated.EventType, GameUpdated.EventType], (await EventsOfGameAsync(game.Id)).Select(message => message.Type));
    }

    [Fact]
    public async Task Leaving_promotes_the_first_waitlisted_player_and_the_event_names_both()
    {
        var game = await CreateGameAsync(maxPlayers: 1);
        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        Time.Advance(TimeSpan.FromSeconds(1));
        await Service<ParticipationService>().JoinAsync(Member("2"), game.Id, Timeout);

        var result = await Service<ParticipationService>().LeaveAsync(Member("1"), game.Id, Timeout);

        var left = Assert.IsType<Left>(result).Game;
        Assert.Equal(["2"], left.Confirmed.Select(participant => participant.UserId));
        Assert.True(left.Viewer.CanJoin);
        var lastEvent = await LastEventAsync(game.Id);
        Assert.Equal(GameUpdated.EventType, lastEvent.Type);
        Assert.Equal(
            [new ParticipantChange("2", ParticipantChangeKind.Promoted), new ParticipantChange("1", ParticipantChangeKind.Left)],
            lastEvent.Data.ParticipantChanges);
    }

    [Fact]
    public async Task Leaving_a_game_one_is_not_in_changes_nothing()
    {
        var game = await CreateGameAsync();

        Assert.IsType<NotParticipant>(await Service<ParticipationService>().LeaveAsync(Member("1"), game.Id, Timeout));
        Assert.Single(await EventsOfGameAsync(game.Id));
    }

    [Fact]
    public async Task Once_the_start_time_passes_nobody_joins_or_leaves()
    {
        var game = await CreateGameAsync();
        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);

        Time.SetUtcNow(game.ScheduledAt);

        Assert.Equal(new Refused(Refusals.GameStarted), await Service<ParticipationService>().JoinAsync(Member("2"), game.Id, Timeout));
        Assert.Equal(new Refused(Refusals.GameStarted), await Service<ParticipationService>().LeaveAsync(Member("1"), game.Id, Timeout));
    }

    [Fact]
    public async Task Role_based_games_let_only_holders_of_a_player_role_join()
    {
        var game = await CreateGameAsync(signupMethod: SignupMethod.RoleBased);
        await using (var db = Db())
        {
            await db.Games.Where(row => row.Id == game.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(row => row.AllowedPlayerRoleIds, [PlayerRoleId]), Timeout);
        }

        var withRole = await Service<ParticipationService>().JoinAsync(Member("1", PlayerRoleId), game.Id, Timeout);
        var withoutRole = await Service<ParticipationService>().JoinAsync(Member("2"), game.Id, Timeout);

        Assert.Equal(PositionType.RoleMatched, Assert.IsType<Joined>(withRole).Game.Confirmed.Single().PositionType);
        Assert.Equal(new Forbidden(Refusals.RoleRequired), withoutRole);
    }

    [Fact]
    public async Task Two_hundred_concurrent_joins_on_ten_seats_give_ten_confirmed_and_one_event_each()
    {
        var game = await CreateGameAsync(maxPlayers: 10);
        var userIds = Enumerable.Range(1, 200).Select(number => $"9{number:D17}").ToList();

        var results = await Task.WhenAll(userIds.Select(userId =>
            Task.Run(() => Service<ParticipationService>().JoinAsync(Member(userId), game.Id, Timeout))));

        Assert.Equal(10, results.OfType<Joined>().Count());
        Assert.Equal(Enumerable.Range(1, 190), results.OfType<Waitlisted>().Select(result => result.Position).Order());
        var final = await Service<GameQueries>().FindAsync(Host, game.Id, Timeout);
        Assert.Equal(10, final!.Confirmed.Count);
        Assert.Equal(190, final.Waitlisted.Count);
        Assert.Equal(userIds.Order(), final.Confirmed.Concat(final.Waitlisted).Select(participant => participant.UserId!).Order());
        Assert.Equal(200, (await EventsOfGameAsync(game.Id)).Count(message => message.Type == GameUpdated.EventType));
    }

    [Fact]
    public async Task A_join_answers_the_game_as_every_other_read_shows_it()
    {
        var created = await Service<GameService>().CreateAsync(Host, new NewGame(GuildId)
        {
            Title = "Every field set",
            Description = "Bring snacks",
            ChannelId = ChannelId,
            ScheduledAt = Time.GetUtcNow().AddDays(2),
            TimeZone = "Europe/Paris",
            DurationMinutes = 150,
            MaxPlayers = 2,
            Where = "The back room",
            SignupMethod = SignupMethod.RoleBased,
            ReminderMinutes = [60, 15],
        }, Timeout);
        var game = Assert.IsType<GameSaved>(created).Game;
        await using (var db = Db())
        {
            await db.Games.Where(row => row.Id == game.Id).ExecuteUpdateAsync(set => set
                .SetProperty(row => row.AllowedPlayerRoleIds, [PlayerRoleId])
                .SetProperty(row => row.DiscordMessageId, "500000000000000001"), Timeout);
        }

        await Service<RosterManagementService>().AddAsync(Host, game.Id, NewParticipant.Placeholder("Cousin Vinny"), Timeout);
        await Service<ParticipationService>().JoinAsync(Member("1", PlayerRoleId), game.Id, Timeout);
        Time.Advance(TimeSpan.FromMinutes(1));

        var joined = Assert.IsType<Waitlisted>(await Service<ParticipationService>().JoinAsync(Member("2", PlayerRoleId), game.Id, Timeout));
        var queried = await Service<GameQueries>().FindAsync(Member("2", PlayerRoleId), game.Id, Timeout);

        Assert.Equal(JsonSerializer.Serialize(queried), JsonSerializer.Serialize(joined.Game));
        Assert.Equal(["Cousin Vinny", "User 1", "User 2"], joined.Game.Confirmed.Concat(joined.Game.Waitlisted).Select(participant => participant.DisplayName));
        Assert.Equal(Time.GetUtcNow(), joined.Game.UpdatedAt);
    }
}
