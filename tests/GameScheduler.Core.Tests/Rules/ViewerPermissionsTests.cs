using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Tests.Rules;

public sealed class ViewerPermissionsTests
{
    [Fact]
    public void A_member_not_on_the_roster_may_join()
    {
        var permissions = For(Sample.Game(), "outsider");

        Assert.Equal(new ViewerPermissions(CanJoin: true, CanLeave: false, CanEdit: false, IsParticipant: false, IsWaitlisted: false), permissions);
    }

    [Fact]
    public void A_confirmed_player_may_leave()
    {
        var game = Sample.Game();
        game.Join("player");

        Assert.Equal(new ViewerPermissions(CanJoin: false, CanLeave: true, CanEdit: false, IsParticipant: true, IsWaitlisted: false), For(game, "player"));
    }

    [Fact]
    public void A_waitlisted_player_is_marked_as_waitlisted()
    {
        var game = Sample.Game(maxPlayers: 1);
        game.Join("first", joinedMinutesAgo: 2);
        game.Join("second", joinedMinutesAgo: 1);

        Assert.Equal(new ViewerPermissions(CanJoin: false, CanLeave: true, CanEdit: false, IsParticipant: true, IsWaitlisted: true), For(game, "second"));
    }

    [Fact]
    public void The_host_may_edit_a_scheduled_game_but_not_a_cancelled_one()
    {
        Assert.True(For(Sample.Game(hostId: "host"), "host").CanEdit);
        Assert.False(For(Sample.Game(hostId: "host", status: GameStatus.Cancelled), "host").CanEdit);
    }

    [Fact]
    public void Once_started_a_player_may_no_longer_leave()
    {
        var game = Sample.Game(status: GameStatus.InProgress);
        game.Join("player");

        var permissions = For(game, "player");

        Assert.False(permissions.CanLeave);
        Assert.True(permissions.IsParticipant);
    }

    [Fact]
    public void Bot_managers_may_edit_games_they_do_not_host()
    {
        var game = Sample.Game(hostId: "host");

        Assert.True(ViewerPermissions.For(game, Roster.Of(game), Sample.Member("admin", hasManageGuildPermission: true), Sample.Now).CanEdit);
        Assert.True(ViewerPermissions.For(game, Roster.Of(game), Sample.Member("someone", roleIds: "manager-role"), Sample.Now).CanEdit);
        Assert.True(For(game, "owner").CanEdit);
        Assert.False(For(game, "someone-else").CanEdit);
        Assert.Equal(Refusals.NotHostOrManager, GameManagementRules.ManageRefusal(game, Sample.Member("someone-else")));
    }

    private static ViewerPermissions For(Game game, string userId) =>
        ViewerPermissions.For(game, Roster.Of(game), Sample.Member(userId), Sample.Now);
}
