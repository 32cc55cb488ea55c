using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Tests.Database;

public sealed class RosterManagementTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    [Fact]
    public async Task A_host_added_player_takes_a_free_seat_ahead_of_self_signups_and_else_the_head_of_the_waitlist()
    {
        var game = await CreateGameAsync(maxPlayers: 2);
        Members.Add(GuildId, "2", "Two");
        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        var roster = Service<RosterManagementService>();

        var placeholder = Assert.IsType<ParticipantAdded>(await roster.AddAsync(Host, game.Id, NewParticipant.Placeholder(" Cousin Vinny "), Timeout));
        Time.Advance(TimeSpan.FromSeconds(1));
        await Service<ParticipationService>().JoinAsync(Member("3"), game.Id, Timeout);
        var two = Assert.IsType<ParticipantAdded>(await roster.AddAsync(Host, game.Id, NewParticipant.ForUser("2"), Timeout));

        Assert.Equal(("Cousin Vinny", null, PositionType.HostAdded), (placeholder.Participant.DisplayName, placeholder.Participant.UserId, placeholder.Participant.PositionType));
        Assert.Equal(["Cousin Vinny", "User 1"], placeholder.Game.Confirmed.Select(participant => participant.DisplayName));
        Assert.Equal(("2", "Two", PositionType.HostAdded), (two.Participant.UserId, two.Participant.DisplayName, two.Participant.PositionType));
        Assert.Equal(["Cousin Vinny", "User 1"], two.Game.Confirmed.Select(participant => participant.DisplayName));
        Assert.Equal(["2", "3"], two.Game.Waitlisted.Select(participant => participant.UserId));
        Assert.Equal([new ParticipantChange("2", ParticipantChangeKind.Waitlisted)], (await LastEventAsync(game.Id)).Data.ParticipantChanges);
    }

    [Fact]
    public async Task Adding_someone_already_in_a_user_outside_the_guild_or_a_blank_name_writes_nothing()
    {
        var game = await CreateGameAsync();
        Members.Add(OtherGuildId, "5", "Elsewhere");
        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        var roster = Service<RosterManagementService>();

        var again = await roster.AddAsync(Host, game.Id, NewParticipant.ForUser("1"), Timeout);
        var outsider = await roster.AddAsync(Host, game.Id, NewParticipant.ForUser("5"), Timeout);
        var blank = await roster.AddAsync(Host, game.Id, NewParticipant.Placeholder("  "), Timeout);

        Assert.Equal("1", Assert.IsType<AlreadyOnRoster>(again).Participant.UserId);
        Assert.Equal(["user_id"], Assert.IsType<ValidationFailed>(outsider).Errors.Keys);
        Assert.Equal(["display_name"], Assert.IsType<ValidationFailed>(blank).Errors.Keys);
        Assert.Equal(2, (await EventsOfGameAsync(game.Id)).Count);
    }

    [Fact]
    public async Task Removing_a_confirmed_player_promotes_the_first_waitlisted_and_the_event_names_both()
    {
        var game = await CreateGameAsync(maxPlayers: 1);
        var first = Assert.IsType<Joined>(await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout)).Game.Confirmed.Single();
        Time.Advance(TimeSpan.FromSeconds(1));
        await Service<ParticipationService>().JoinAsync(Member("2"), game.Id, Timeout);

        var removed = await Service<RosterManagementService>().RemoveAsync(Host, game.Id, first.Id, Timeout);
        var unknown = await Service<RosterManagementService>().RemoveAsync(Host, game.Id, Guid.NewGuid(), Timeout);

        Assert.Equal(["2"], Assert.IsType<GameSaved>(removed).Game.Confirmed.Select(participant => participant.UserId));
        Assert.Equal(
            [new ParticipantChange("2", ParticipantChangeKind.Promoted), new ParticipantChange("1", ParticipantChangeKind.Removed)],
            (await LastEventAsync(game.Id)).Data.ParticipantChanges);
        Assert.Same(ResourceNotFound.Instance, unknown);
    }

    [Fact]
    public async Task The_host_reorders_the_whole_roster()
    {
        var game = await CreateGameAsync(maxPlayers: 1);
        await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        Time.Advance(TimeSpan.FromSeconds(1));
        var joined = Assert.IsType<Waitlisted>(await Service<ParticipationService>().JoinAsync(Member("2"), game.Id, Timeout)).Game;

        var reordered = await Service<RosterManagementService>().ReorderAsync(Host, game.Id, [joined.Waitlisted.Single().Id, joined.Confirmed.Single().Id], Timeout);

        Assert.Equal(["2"], Assert.IsType<GameSaved>(reordered).Game.Confirmed.Select(participant => participant.UserId));
        Assert.Equal(
            [new ParticipantChange("2", ParticipantChangeKind.Promoted), new ParticipantChange("1", ParticipantChangeKind.Demoted)],
            (await LastEventAsync(game.Id)).Data.ParticipantChanges);
    }

    [Fact]
    public async Task A_reorder_must_list_every_participant_exactly_once()
    {
        var game = await CreateGameAsync();
        var one = Assert.IsType<Joined>(await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout)).Game.Confirmed.Single();
        await Service<ParticipationService>().JoinAsync(Member("2"), game.Id, Timeout);
        var roster = Service<RosterManagementService>();

        Guid[][] orders = [[one.Id], [one.Id, one.Id], [one.Id, Guid.NewGuid()]];
        foreach (var order in orders)
        {
            Assert.Equal(["participant_ids"], Assert.IsType<ValidationFailed>(await roster.ReorderAsync(Host, game.Id, order, Timeout)).Errors.Keys);
        }
        Assert.Equal(3, (await EventsOfGameAsync(game.Id)).Count);
    }

    [Fact]
    public async Task Players_may_not_manage_the_roster_and_a_closed_game_is_not_changed()
    {
        var game = await CreateGameAsync();
        var roster = Service<RosterManagementService>();

        var byPlayer = await roster.AddAsync(Member("1"), game.Id, NewParticipant.Placeholder("Friend"), Timeout);
        await Service<GameService>().CancelAsync(Host, game.Id, Timeout);
        var afterCancel = await roster.AddAsync(Host, game.Id, NewParticipant.Placeholder("Friend"), Timeout);

        Assert.Equal(new Forbidden(Refusals.NotHostOrManager), byPlayer);
        Assert.Equal(new Refused(Refusals.GameClosedForChanges), afterCancel);
    }

    [Fact]
    public async Task Host_selected_games_are_filled_by_the_host_only()
    {
        var game = await CreateGameAsync(signupMethod: SignupMethod.HostSelected);
        Members.Add(GuildId, "1", "One");

        var selfJoin = await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout);
        var added = await Service<RosterManagementService>().AddAsync(Host, game.Id, NewParticipant.ForUser("1"), Timeout);

        Assert.Equal(new Forbidden(Refusals.HostSelectsPlayers), selfJoin);
        Assert.Equal(["1"], Assert.IsType<ParticipantAdded>(added).Game.Confirmed.Select(participant => participant.UserId));
    }

    [Fact]
    public async Task With_a_waitlist_self_joins_wait_until_the_host_adds_or_moves_them_up()
    {
        var game = await CreateGameAsync(maxPlayers: 2, signupMethod: SignupMethod.HostSelectedWithWaitlist);
        Members.Add(GuildId, "2", "Two");
        var one = Assert.IsType<Waitlisted>(await Service<ParticipationService>().JoinAsync(Member("1"), game.Id, Timeout)).Game.Waitlisted.Single();
        var roster = Service<RosterManagementService>();

        var two = Assert.IsType<ParticipantAdded>(await roster.AddAsync(Host, game.Id, NewParticipant.ForUser("2"), Timeout));
        var reordered = await roster.ReorderAsync(Host, game.Id, [one.Id, two.Participant.Id], Timeout);

        Assert.Equal(["2"], two.Game.Confirmed.Select(participant => participant.UserId));
        Assert.Equal(["1"], two.Game.Waitlisted.Select(participant => participant.UserId));
        Assert.Equal(["1", "2"], Assert.IsType<GameSaved>(reordered).Game.Confirmed.Select(participant => participant.UserId));
    }
}
