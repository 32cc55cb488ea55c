using GameScheduler.Bot.Interactions;
using GameScheduler.Bot.Tests.Infrastructure;

namespace GameScheduler.Bot.Tests.Interactions;

/// <summary>The clicker as Core sees them: a member in a guild, a user with no guild in the bot's DMs.</summary>
public sealed class InteractionCallerTests
{
    private const string Player = "1300000000000000003";
    private static readonly DateTimeOffset Clicked = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_click_in_a_dm_names_its_user_and_no_guild_caller()
    {
        var interaction = Clicks.DirectMessageButton("confirm_game:x", Clicked, Player, "token");

        var profile = InteractionCaller.InDirectMessage(interaction);

        Assert.Equal(Player, profile?.Id);
        Assert.Equal($"user{Player}", profile?.Username);
        Assert.Null(InteractionCaller.InGuild(interaction));
    }

    [Fact]
    public void A_click_in_a_guild_is_a_member_caller_and_no_dm_user()
    {
        var interaction = Clicks.Button("join_game:x", Clicked, Player, "token");

        var caller = InteractionCaller.InGuild(interaction);

        Assert.Equal(Player, caller?.UserId);
        Assert.True(caller?.Guilds.ContainsKey(DatabaseHarness.GuildId));
        Assert.Null(InteractionCaller.InDirectMessage(interaction));
    }
}
