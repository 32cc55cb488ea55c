using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Tests.Rules;

public sealed class RosterTests
{
    [Fact]
    public void Orders_by_position_type_then_position_then_join_time()
    {
        var game = Sample.Game(maxPlayers: 10);
        game.Join("early-self", joinedMinutesAgo: 30);
        game.Join("late-self", joinedMinutesAgo: 5);
        game.Join("host-second", positionType: PositionType.HostAdded, position: 1);
        game.Join("role", joinedMinutesAgo: 1, positionType: PositionType.RoleMatched);
        game.Join("host-first", joinedMinutesAgo: 0, positionType: PositionType.HostAdded, position: 0);

        var roster = Roster.Of(game);

        Assert.Equal(["host-first", "host-second", "role", "early-self", "late-self"], roster.Confirmed.UserIds());
    }

    [Fact]
    public void Confirms_the_first_max_players_and_waitlists_the_rest_in_order()
    {
        var game = Sample.Game(maxPlayers: 2);
        game.Join("first", joinedMinutesAgo: 4);
        game.Join("second", joinedMinutesAgo: 3);
        var third = game.Join("third", joinedMinutesAgo: 2);
        var fourth = game.Join("fourth", joinedMinutesAgo: 1);

        var roster = Roster.Of(game);

        Assert.Equal(["first", "second"], roster.Confirmed.UserIds());
        Assert.Equal(["third", "fourth"], roster.Waitlisted.UserIds());
        Assert.Equal(1, roster.WaitlistPosition(third));
        Assert.Equal(2, roster.WaitlistPosition(fourth));
        Assert.True(roster.IsWaitlisted(fourth));
    }

    [Fact]
    public void Leaving_promotes_the_first_waitlisted_player()
    {
        var game = Sample.Game(maxPlayers: 2);
        var leaver = game.Join("first", joinedMinutesAgo: 3);
        game.Join("second", joinedMinutesAgo: 2);
        game.Join("third", joinedMinutesAgo: 1);
        var before = Roster.Of(game);

        game.Participants.Remove(leaver);
        var after = Roster.Of(game);

        Assert.Equal(["second", "third"], after.Confirmed.UserIds());
        Assert.Empty(after.Waitlisted);
        Assert.Equal(
            [new ParticipantChange("third", ParticipantChangeKind.Promoted), new ParticipantChange("first", ParticipantChangeKind.Left)],
            RosterDiff.Between(before, after, ParticipantChangeKind.Left));
    }

    [Fact]
    public void With_host_selection_and_waitlist_only_host_added_players_are_confirmed()
    {
        var game = Sample.Game(SignupMethod.HostSelectedWithWaitlist, maxPlayers: 3);
        game.Join("self", joinedMinutesAgo: 10);
        game.Join("picked", positionType: PositionType.HostAdded);

        var roster = Roster.Of(game);

        Assert.Equal(["picked"], roster.Confirmed.UserIds());
        Assert.Equal(["self"], roster.Waitlisted.UserIds());
    }

    [Fact]
    public void Fewer_seats_demote_the_last_confirmed_players()
    {
        var game = Sample.Game(maxPlayers: 3);
        game.Join("first", joinedMinutesAgo: 3);
        game.Join("second", joinedMinutesAgo: 2);
        game.Join("third", joinedMinutesAgo: 1);
        var before = Roster.Of(game);

        game.MaxPlayers = 2;

        Assert.Equal([new ParticipantChange("third", ParticipantChangeKind.Demoted)], RosterDiff.Between(before, Roster.Of(game)));
    }

    [Fact]
    public void A_newcomer_reading_the_same_clock_still_joins_after_everyone_else()
    {
        var game = Sample.Game(maxPlayers: 1);
        var first = game.Join("first");

        var joinedAt = ParticipationRules.JoinedAtFor(game, first.JoinedAt);

        Assert.Equal(first.JoinedAt.AddTicks(TimeSpan.TicksPerMicrosecond), joinedAt);
        Assert.Equal(Sample.Now.AddMinutes(1), ParticipationRules.JoinedAtFor(game, Sample.Now.AddMinutes(1).AddTicks(3)));
    }

    [Fact]
    public void A_roster_is_a_snapshot_that_later_changes_do_not_touch()
    {
        var game = Sample.Game(maxPlayers: 2);
        game.Join("first");
        var roster = Roster.Of(game);

        game.Join("second");

        Assert.Single(roster.Confirmed);
    }

    [Theory]
    [InlineData(SignupMethod.SelfSignup, PositionType.SelfAdded)]
    [InlineData(SignupMethod.RoleBased, PositionType.RoleMatched)]
    [InlineData(SignupMethod.HostSelectedWithWaitlist, PositionType.SelfAdded)]
    [InlineData(SignupMethod.HostSelectedWithWaitlist, PositionType.HostAdded)]
    public void A_roster_with_a_newcomer_is_the_roster_the_game_then_has(SignupMethod signupMethod, PositionType newcomerType)
    {
        var game = Sample.Game(signupMethod, maxPlayers: 3);
        game.Join("host-added", joinedMinutesAgo: 9, positionType: PositionType.HostAdded);
        game.Join("role", joinedMinutesAgo: 8, positionType: PositionType.RoleMatched);
        game.Join("self-early", joinedMinutesAgo: 7);
        game.Join("self-late", joinedMinutesAgo: 2);
        var before = Roster.Of(game);

        var newcomer = game.Join("newcomer", joinedMinutesAgo: 5, positionType: newcomerType);
        var with = before.With(newcomer, game);

        var expected = Roster.Of(game);
        Assert.Equal(expected.Confirmed, with.Confirmed);
        Assert.Equal(expected.Waitlisted, with.Waitlisted);
    }
}
