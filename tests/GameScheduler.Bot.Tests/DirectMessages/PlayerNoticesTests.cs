using GameScheduler.Bot.DirectMessages;
using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Core.Participants;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.Tests.DirectMessages;

public sealed class PlayerNoticesTests
{
    private readonly PlayerNotices _notices = new(Links.Web);

    [Theory]
    [InlineData(ParticipantChangeKind.Joined)]
    [InlineData(ParticipantChangeKind.Waitlisted)]
    public void Signing_up_brings_the_hosts_instructions_without_pinging_anyone(ParticipantChangeKind change)
    {
        var game = Games.Scheduled() with { SignupInstructions = "Install the mod pack, then ping @everyone." };

        var notice = _notices.ForChange(change, game, "1400000000000000001")!;

        Assert.Contains("Sign-up instructions from the host:\nInstall the mod pack, then ping @everyone.", notice.Content, StringComparison.Ordinal);
        Assert.Same(AllowedMentions.None, notice.AllowedMentions);
        MessageLimits.Validate(notice);
    }

    [Fact]
    public void Without_instructions_the_join_notice_has_none_and_other_notices_never_carry_them()
    {
        var game = Games.Scheduled();
        var withInstructions = game with { SignupInstructions = "Install the mod pack." };

        Assert.DoesNotContain("instructions", _notices.ForChange(ParticipantChangeKind.Joined, game, "1400000000000000001")!.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("instructions", _notices.ForChange(ParticipantChangeKind.Promoted, withInstructions, "1400000000000000001")!.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("instructions", _notices.Reminder(withInstructions).Content, StringComparison.Ordinal);
    }
}
