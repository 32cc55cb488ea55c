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

    [Fact]
    public void A_carried_over_player_is_asked_to_confirm_by_the_deadline_with_Still_in_and_Drop()
    {
        var confirmBy = Games.Now.AddDays(1);
        var game = Games.Scheduled() with { ConfirmBy = confirmBy };

        var notice = _notices.ForChange(ParticipantChangeKind.CarriedOver, game, "1400000000000000001")!;

        Assert.Contains($"by <t:{confirmBy.ToUnixTimeSeconds()}:F>", notice.Content, StringComparison.Ordinal);
        Assert.Contains($"<t:{game.ScheduledAt.ToUnixTimeSeconds()}:F>", notice.Content, StringComparison.Ordinal);
        Assert.EndsWith($"\n{Links.WebBaseUrl}/games/{game.Id}", notice.Content, StringComparison.Ordinal);
        var buttons = Assert.Single(notice.Components!).Components;
        Assert.Equal(
            [(ButtonStyle.Success, "Still in", $"confirm_game:{game.Id}"), (ButtonStyle.Secondary, "Drop", $"drop_game:{game.Id}")],
            buttons.Select(button => (button.Style, button.Label, button.CustomId)));
        Assert.Same(AllowedMentions.None, notice.AllowedMentions);
        MessageLimits.Validate(notice);
    }

    [Fact]
    public void A_player_who_did_not_confirm_is_told_the_seat_went_to_the_next_player_without_buttons()
    {
        var game = Games.Scheduled();

        var notice = _notices.ForChange(ParticipantChangeKind.Unconfirmed, game, "1400000000000000001")!;

        Assert.StartsWith("You didn't confirm your seat in **Board game night**", notice.Content, StringComparison.Ordinal);
        Assert.Contains("went to the next player", notice.Content, StringComparison.Ordinal);
        Assert.EndsWith($"\n{Links.WebBaseUrl}/games/{game.Id}", notice.Content, StringComparison.Ordinal);
        Assert.Null(notice.Components);
        MessageLimits.Validate(notice);
    }
}
