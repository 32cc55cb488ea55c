using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Tests.Rules;

public sealed class HostPlacementTests
{
    [Fact]
    public void With_a_free_seat_the_pick_is_confirmed_after_earlier_picks_and_ahead_of_self_signups()
    {
        var game = Sample.Game(maxPlayers: 3);
        game.Join("self", joinedMinutesAgo: 10);
        game.Join("earlier-pick", positionType: PositionType.HostAdded, position: 4);

        HostPlacement.Add(game, Newcomer(game, "pick"));

        Assert.Equal(["earlier-pick", "pick", "self"], Roster.Of(game).Confirmed.UserIds());
    }

    [Fact]
    public void On_a_full_game_the_pick_heads_the_self_signups_on_the_waitlist_and_nobody_loses_a_seat()
    {
        var game = Sample.Game(maxPlayers: 2);
        game.Join("first", joinedMinutesAgo: 10);
        game.Join("second", joinedMinutesAgo: 9);
        game.Join("waiting", joinedMinutesAgo: 8);
        var before = Roster.Of(game);

        HostPlacement.Add(game, Newcomer(game, "pick"));
        HostPlacement.Add(game, Newcomer(game, "later-pick"));

        var after = Roster.Of(game);
        Assert.Equal(["first", "second"], after.Confirmed.UserIds());
        Assert.Equal(["pick", "later-pick", "waiting"], after.Waitlisted.UserIds());
        Assert.Equal(
            [new ParticipantChange("pick", ParticipantChangeKind.Waitlisted), new ParticipantChange("later-pick", ParticipantChangeKind.Waitlisted)],
            RosterDiff.Between(before, after));
    }

    [Fact]
    public void With_host_selection_and_waitlist_a_pick_takes_a_free_seat_that_self_signups_cannot()
    {
        var game = Sample.Game(SignupMethod.HostSelectedWithWaitlist, maxPlayers: 2);
        game.Join("self", joinedMinutesAgo: 10);

        HostPlacement.Add(game, Newcomer(game, "pick"));

        Assert.Equal(["pick"], Roster.Of(game).Confirmed.UserIds());
        Assert.Equal(["self"], Roster.Of(game).Waitlisted.UserIds());
    }

    private static Participant Newcomer(Game game, string userId) =>
        new() { Id = Guid.NewGuid(), GameId = game.Id, UserId = userId, JoinedAt = Sample.Now };
}
