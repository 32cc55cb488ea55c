using System.Text.Json;
using GameScheduler.Bot.Announcements;
using GameScheduler.Bot.Gateway;
using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Core.Games;
using GameScheduler.Discord;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.Tests.Announcements;

public sealed class AnnouncementRendererTests
{
    private readonly FakeTimeProvider _time = new(Games.Now);

    private AnnouncementRenderer Renderer => new(Links.Web, _time);

    [Fact]
    public void An_open_game_shows_its_details_as_Discord_timestamps_and_enabled_buttons()
    {
        var game = Games.Scheduled(confirmed: 2);

        var message = Renderer.Render(game, MemberNames.None);

        var embed = Assert.Single(message.Embeds!);
        var unix = game.ScheduledAt.ToUnixTimeSeconds();
        Assert.Equal("Board game night", embed.Title);
        Assert.Equal($"{Links.WebBaseUrl}/games/{game.Id}", embed.Url);
        Assert.Equal($"<t:{unix}:F> (<t:{unix}:R>)", Field(embed, "When"));
        Assert.Equal("2 h 30 min", Field(embed, "Duration"));
        Assert.Equal("alice_owner", Field(embed, "Host"));
        Assert.Equal("Alice's place", Field(embed, "Where"));
        Assert.Equal("1. player1\n2. player2", Field(embed, "Players (2/10)"));
        Assert.Contains($"]({Links.WebBaseUrl}/games/{game.Id})", embed.Description);
        Assert.Equal([$"join_game:{game.Id}", $"leave_game:{game.Id}"], Buttons(message).Select(button => button.CustomId));
        Assert.All(Buttons(message), button => Assert.False(button.Disabled));
        MessageLimits.Validate(message);
    }

    [Fact]
    public void Names_come_from_the_guild_when_it_knows_them_and_cannot_inject_formatting()
    {
        var game = Games.Scheduled() with { Confirmed = [Games.Player("stored name", "42"), Games.Player("Placeholder [x](y)", null)] };
        var names = new MemberNames(new Dictionary<string, string> { ["42"] = "*Nick*" });

        var embed = Renderer.Render(game, names).Embeds![0];

        Assert.Equal("1. \\*Nick\\*\n2. Placeholder \\[x\\](y)", Field(embed, "Players (2/10)"));
    }

    [Fact]
    public void Long_rosters_are_cut_with_a_count_of_the_rest_and_a_link_to_the_game()
    {
        var game = Games.Scheduled(confirmed: 100, waitlisted: 37, maxPlayers: 100);

        var embed = Renderer.Render(game, MemberNames.None).Embeds![0];

        var players = Field(embed, "Players (100/100)");
        Assert.StartsWith("1. player1\n", players);
        Assert.EndsWith($"+{100 - AnnouncementRenderer.MaxNamesPerList} more: [see everyone]({Links.WebBaseUrl}/games/{game.Id})", players);
        Assert.Contains($"+{37 - AnnouncementRenderer.MaxNamesPerList} more", Field(embed, "Waitlist (37)"));
    }

    [Fact]
    public void The_largest_game_the_rules_allow_still_fits_Discords_limits()
    {
        var longName = new string('*', 200);
        var game = Games.Scheduled() with
        {
            Title = new string('T', Game.TitleMaxLength),
            Description = new string('d', GameSettingsValidator.DescriptionMaxLength),
            Where = new string('w', GameSettingsValidator.WhereMaxLength),
            MaxPlayers = GameSettingsValidator.MaxPlayersLimit,
            Confirmed = [.. Enumerable.Range(0, 100).Select(n => Games.Player($"{longName}{n}", null))],
            Waitlisted = [.. Enumerable.Range(0, 100).Select(n => Games.Player($"{longName}{n}", null))],
            Status = GameStatus.Cancelled,
        };

        var message = Renderer.Render(game, MemberNames.None);

        MessageLimits.Validate(message);
        Assert.Contains("more: [see everyone]", Field(message.Embeds![0], "Players (100/100)"));
    }

    [Fact]
    public void A_started_game_disables_both_buttons()
    {
        var game = Games.Scheduled() with { Status = GameStatus.InProgress, AcceptsSelfSignup = false };

        var message = Renderer.Render(game, MemberNames.None);

        Assert.All(Buttons(message), button => Assert.True(button.Disabled));
        Assert.Equal("In progress", Field(message.Embeds![0], "Status"));
    }

    [Fact]
    public void A_game_past_its_start_disables_both_buttons_even_before_its_status_moves()
    {
        _time.SetUtcNow(Games.Scheduled().ScheduledAt);

        var message = Renderer.Render(Games.Scheduled() with { AcceptsSelfSignup = false }, MemberNames.None);

        Assert.All(Buttons(message), button => Assert.True(button.Disabled));
    }

    [Fact]
    public void A_cancelled_game_is_marked_cancelled_with_both_buttons_disabled()
    {
        var message = Renderer.Render(Games.Scheduled() with { Status = GameStatus.Cancelled, AcceptsSelfSignup = false }, MemberNames.None);

        Assert.Equal("[Cancelled] Board game night", message.Embeds![0].Title);
        Assert.All(Buttons(message), button => Assert.True(button.Disabled));
    }

    [Fact]
    public void A_game_the_host_staffs_disables_Join_but_lets_players_leave()
    {
        var game = Games.Scheduled() with { SignupMethod = SignupMethod.HostSelected, AcceptsSelfSignup = false };

        var buttons = Buttons(Renderer.Render(game, MemberNames.None));

        Assert.True(buttons[0].Disabled);
        Assert.False(buttons[1].Disabled);
    }

    [Fact]
    public void Notify_roles_are_mentioned_and_are_the_only_mentions_that_ping()
    {
        var game = Games.Scheduled() with { NotifyRoleIds = ["1220000000000000001", "1220000000000000002"] };

        var message = Renderer.Render(game, MemberNames.None);

        Assert.Equal("<@&1220000000000000001> <@&1220000000000000002>", message.Content);
        var allowedMentions = JsonSerializer.SerializeToElement(message, DiscordJson.Options).GetProperty("allowed_mentions");
        Assert.Equal("""{"parse":[],"roles":["1220000000000000001","1220000000000000002"]}""", allowedMentions.GetRawText());
    }

    [Fact]
    public void Without_notify_roles_the_announcement_pings_no_one()
    {
        var message = Renderer.Render(Games.Scheduled() with { Description = "@everyone <@&1220000000000000001>" }, MemberNames.None);

        Assert.Equal("", message.Content);
        Assert.Same(AllowedMentions.None, message.AllowedMentions);
    }

    [Fact]
    public void A_repeating_game_says_how_it_repeats()
    {
        var recurrence = new Recurrence(RecurrenceFrequency.Monthly, ByWeekdayOfMonth: 1, Count: 6);
        var game = Games.Scheduled() with { Recurrence = recurrence, SeriesId = Games.Id, TimeZone = "Europe/Berlin" };

        var embed = Renderer.Render(game, MemberNames.None).Embeds![0];

        Assert.Equal(recurrence.Describe(game.ScheduledAt, game.TimeZone), Field(embed, "Repeats"));
        Assert.Equal("Monthly on the first Sunday, 6 times", Field(embed, "Repeats"));
    }

    [Fact]
    public void A_one_off_game_has_no_Repeats_field()
    {
        var embed = Renderer.Render(Games.Scheduled(), MemberNames.None).Embeds![0];

        Assert.DoesNotContain(embed.Fields!, field => field.Name == "Repeats");
    }

    [Theory]
    [InlineData("Bring snacks.")]
    [InlineData("")]
    public void Every_announcement_links_the_game_to_add_to_a_calendar(string description)
    {
        var game = Games.Scheduled() with { Description = description };

        var embed = Renderer.Render(game, MemberNames.None).Embeds![0];

        Assert.Contains($"[Add to calendar]({Links.WebBaseUrl}/api/v1/games/{game.Id}/calendar.ics)", embed.Description, StringComparison.Ordinal);
    }

    private static string Field(Embed embed, string name) => Assert.Single(embed.Fields!, field => field.Name == name).Value;

    private static IReadOnlyList<Button> Buttons(OutgoingMessage message) => Assert.Single(message.Components!).Components;
}
