using GameScheduler.Bot.Interactions;
using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Core;
using GameScheduler.Core.Games;

namespace GameScheduler.Bot.Tests.Interactions;

public sealed class InteractionRepliesTests
{
    private static readonly GameView Game = Games.Scheduled(confirmed: 3);

    [Fact]
    public void A_join_says_the_player_is_in_with_the_count_and_time()
    {
        var reply = InteractionReplies.ForJoin(new Joined(Game)).Content;

        Assert.StartsWith("You're in! You joined **Board game night** (3/10 players), <t:", reply);
    }

    [Fact]
    public void A_join_onto_the_waitlist_names_the_position()
    {
        Assert.Contains("waitlisted #1", InteractionReplies.ForJoin(new Waitlisted(Game, 1)).Content);
    }

    [Fact]
    public void Joining_again_says_so_for_the_roster_and_for_the_waitlist()
    {
        Assert.Equal("You're already in **Board game night**.", InteractionReplies.ForJoin(new AlreadyJoined(Game)).Content);
        var waitlisted = Game with { Viewer = ViewerPermissions.None with { IsParticipant = true, IsWaitlisted = true } };
        Assert.Equal("You're already on the waitlist of **Board game night**.", InteractionReplies.ForJoin(new AlreadyJoined(waitlisted)).Content);
    }

    [Fact]
    public void A_refusal_says_why()
    {
        Assert.Equal($"You can't join this game: {Refusals.GameCancelled}",
            InteractionReplies.ForJoin(new Refused(Refusals.GameCancelled)).Content);
        Assert.Equal($"You can't join this game: {Refusals.HostSelectsPlayers}",
            InteractionReplies.ForJoin(new Forbidden(Refusals.HostSelectsPlayers)).Content);
        Assert.Equal($"You can't leave this game: {Refusals.GameStarted}",
            InteractionReplies.ForLeave(new Refused(Refusals.GameStarted)).Content);
    }

    [Fact]
    public void A_game_the_member_cannot_see_gets_a_polite_error_that_nothing_changed()
    {
        Assert.Same(InteractionReplies.GameNotFound, InteractionReplies.ForJoin(ResourceNotFound.Instance));
        Assert.Same(InteractionReplies.GameNotFound, InteractionReplies.ForLeave(ResourceNotFound.Instance));
        Assert.Contains("Nothing was changed", InteractionReplies.GameNotFound.Content);
    }

    [Fact]
    public void Leaving_says_it_left_or_that_there_was_nothing_to_leave()
    {
        Assert.Equal("You left **Board game night**.", InteractionReplies.ForLeave(new Left(Game)).Content);
        Assert.Contains("weren't signed up", InteractionReplies.ForLeave(new NotParticipant(Game)).Content);
    }

    [Fact]
    public void Titles_cannot_inject_formatting()
    {
        var reply = InteractionReplies.ForLeave(new Left(Game with { Title = "[free nitro](https://evil.test)" })).Content;

        Assert.Equal("You left **\\[free nitro\\](https://evil.test)**.", reply);
    }
}
