using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Users;

namespace GameScheduler.Core.Tests.Database;

public sealed class RosterManagementTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    [Fact]
    public async Task The_host_adds_players_and_placeholders_ahead_of_self_signups()
    {
        var game = await CreateGameAsync(maxPlayers: 2);
        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        var roster = Service<RosterManagementService>();

        await roster.AddAsync(Host, game.Id, NewParticipant.Placeholder("Cousin Vinny"), Timeout);
        var result = await roster.AddAsync(Host, game.Id, NewParticipant.ForUser(new UserProfile("2", "two", "Two")), Timeout);

        var updated = Assert.IsType<GameSaved>(result).Game;
        Assert.Equal(["Cousin Vinny", "Two"], updated.Confirmed.Select(participant => participant.DisplayName));
        Assert.Equal([PositionType.HostAdded, PositionType.HostAdded], updated.Confirmed.Select(participant => participant.PositionType));
        Assert.Equal(["1"], updated.Waitlisted.Select(participant => participant.UserId));
    }

    [Fact]
    public async Task The_host_reorders_the_whole_roster_and_removes_players()
    {
        var game = await CreateGameAsync(maxPlayers: 1);
        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        Time.Advance(TimeSpan.FromSeconds(1));
        var joined = await Service<ParticipationService>().JoinAsync(Member("2"), game.Id, Timeout);
        var ids = Assert.IsType<Waitlisted>(joined).Game;
        var first = ids.Confirmed.Single();
        var second = ids.Waitlisted.Single();

        var reordered = await Service<RosterManagementService>().ReorderAsync(Host, game.Id, [second.Id, first.Id], Timeout);
        var removed = await Service<RosterManagementService>().RemoveAsync(Host, game.Id, second.Id, Timeout);

        Assert.Equal(["2"], Assert.IsType<GameSaved>(reordered).Game.Confirmed.Select(participant => participant.UserId));
        Assert.Equal(["1"], Assert.IsType<GameSaved>(removed).Game.Confirmed.Select(participant => participant.UserId));
    }

    [Fact]
    public async Task A_reorder_must_list_every_participant_once()
    {
        var game = await CreateGameAsync();
        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);

        var result = await Service<RosterManagementService>().ReorderAsync(Host, game.Id, [Guid.NewGuid()], Timeout);

        Assert.Contains("participant_ids", Assert.IsType<ValidationFailed>(result).Errors.Keys);
    }

    [Fact]
    public async Task Players_cannot_manage_the_roster()
    {
        var game = await CreateGameAsync();

        var result = await Service<RosterManagementService>().AddAsync(Member("1"), game.Id, NewParticipant.Placeholder("Friend"), Timeout);

        Assert.Equal(new Refused(Refusals.NotHostOrManager), result);
    }

    [Fact]
    public async Task Host_selected_games_are_filled_by_the_host_only()
    {
        var game = await CreateGameAsync(signupMethod: SignupMethod.HostSelected);

        var selfJoin = await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        var added = await Service<RosterManagementService>().AddAsync(Host, game.Id, NewParticipant.ForUser(new UserProfile("1", "one", "One")), Timeout);

        Assert.Equal(new Refused(Refusals.HostSelectsPlayers), selfJoin);
        Assert.Equal(["1"], Assert.IsType<GameSaved>(added).Game.Confirmed.Select(participant => participant.UserId));
    }
}
