using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Tests.Rules;

public sealed class ParticipationRulesTests
{
    [Theory]
    [InlineData(SignupMethod.SelfSignup)]
    [InlineData(SignupMethod.HostSelectedWithWaitlist)]
    public void Members_join_by_themselves_as_self_added(SignupMethod signupMethod)
    {
        var game = Sample.Game(signupMethod);

        var decision = Decide(game, Sample.Member("player"));

        Assert.Equal(new JoinDecision.Accept(PositionType.SelfAdded), decision);
    }

    [Fact]
    public void Host_selected_games_refuse_self_join()
    {
        var decision = Decide(Sample.Game(SignupMethod.HostSelected), Sample.Member("player"));

        Assert.Equal(new JoinDecision.Forbid(Refusals.HostSelectsPlayers), decision);
    }

    [Fact]
    public void Role_based_games_accept_holders_of_a_player_role_as_role_matched()
    {
        var decision = Decide(Sample.Game(SignupMethod.RoleBased, playerRoleIds: "player-role"), Sample.Member("player", roleIds: "player-role"));

        Assert.Equal(new JoinDecision.Accept(PositionType.RoleMatched), decision);
    }

    [Theory]
    [InlineData(SignupMethod.SelfSignup, PositionType.SelfAdded)]
    [InlineData(SignupMethod.HostSelectedWithWaitlist, PositionType.SelfAdded)]
    [InlineData(SignupMethod.RoleBased, PositionType.RoleMatched)]
    public void Player_roles_let_their_holders_join_with_every_method_that_takes_self_joins(SignupMethod signupMethod, PositionType seat)
    {
        var game = Sample.Game(signupMethod, playerRoleIds: ["player-role", "second-role"]);

        Assert.Equal(new JoinDecision.Accept(seat), Decide(game, Sample.Member("player", roleIds: "second-role")));
    }

    [Theory]
    [InlineData(SignupMethod.SelfSignup)]
    [InlineData(SignupMethod.HostSelectedWithWaitlist)]
    [InlineData(SignupMethod.RoleBased)]
    public void Player_roles_refuse_members_without_one_whatever_the_method(SignupMethod signupMethod)
    {
        var decision = Decide(Sample.Game(signupMethod, playerRoleIds: "player-role"), Sample.Member("player", roleIds: "other-role"));

        Assert.Equal(new JoinDecision.Forbid(Refusals.RoleRequired), decision);
    }

    [Fact]
    public void A_host_selected_game_refuses_self_joins_even_to_holders_of_a_player_role()
    {
        var decision = Decide(Sample.Game(SignupMethod.HostSelected, playerRoleIds: "player-role"), Sample.Member("player", roleIds: "player-role"));

        Assert.Equal(new JoinDecision.Forbid(Refusals.HostSelectsPlayers), decision);
    }

    [Fact]
    public void A_role_based_game_without_player_roles_lets_every_member_join_unprioritised()
    {
        var decision = Decide(Sample.Game(SignupMethod.RoleBased), Sample.Member("player"));

        Assert.Equal(new JoinDecision.Accept(PositionType.SelfAdded), decision);
    }

    [Fact]
    public void Joining_twice_finds_the_existing_seat()
    {
        var game = Sample.Game();
        var seat = game.Join("player");

        var decision = Decide(game, Sample.Member("player"));

        Assert.Equal(new JoinDecision.AlreadyIn(seat), decision);
    }

    [Theory]
    [InlineData(GameStatus.InProgress, Refusals.GameStarted)]
    [InlineData(GameStatus.Completed, Refusals.GameStarted)]
    [InlineData(GameStatus.Cancelled, Refusals.GameCancelled)]
    public void Nobody_joins_or_leaves_a_game_that_is_no_longer_scheduled(GameStatus status, string reason)
    {
        var game = Sample.Game(status: status);
        game.Join("player");

        Assert.Equal(new JoinDecision.Refuse(reason), Decide(game, Sample.Member("newcomer")));
        Assert.Equal(reason, ParticipationRules.LeaveRefusal(game, Sample.Now));
    }

    [Fact]
    public void Nobody_joins_or_leaves_once_the_start_time_has_passed_even_before_the_status_moves()
    {
        var game = Sample.Game();
        var atStart = game.ScheduledAt;

        Assert.Equal(new JoinDecision.Refuse(Refusals.GameStarted), ParticipationRules.DecideJoin(game, Roster.Of(game), Sample.Member("player"), atStart));
        Assert.Equal(Refusals.GameStarted, ParticipationRules.LeaveRefusal(game, atStart));
        Assert.Null(ParticipationRules.LeaveRefusal(game, atStart.AddSeconds(-1)));
    }

    [Theory]
    [InlineData(SignupMethod.SelfSignup, true)]
    [InlineData(SignupMethod.HostSelectedWithWaitlist, true)]
    [InlineData(SignupMethod.RoleBased, true)]
    [InlineData(SignupMethod.HostSelected, false)]
    public void The_join_button_is_offered_while_players_may_sign_up(SignupMethod signupMethod, bool offered)
    {
        var game = Sample.Game(signupMethod);

        Assert.Equal(offered, ParticipationRules.AcceptsSelfSignup(game, Sample.Now));
        Assert.False(ParticipationRules.AcceptsSelfSignup(game, game.ScheduledAt));
    }

    private static JoinDecision Decide(Game game, Members.Membership member) =>
        ParticipationRules.DecideJoin(game, Roster.Of(game), member, Sample.Now);
}
