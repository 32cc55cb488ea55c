using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Bot;

/// <summary>The bot keeps one message per game in the game's channel, with its Join and Leave buttons.</summary>
[Collection(GraphCollection.Name)]
public sealed class AnnouncementTests(GraphFixture graph) : HostAndEmulatorTests(graph)
{
    [Fact]
    public async Task Creating_a_game_through_the_Api_posts_an_announcement_with_both_buttons_in_the_games_channel()
    {
        var title = $"Announced {Guid.NewGuid():N}"[..24];
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, title);

        var message = await game.MessageAsync(Emulator);
        Assert.Equal(title, message.GetProperty("embeds")[0].GetProperty("title").GetString());
        var buttons = message.GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray())
            .ToDictionary(button => button.GetProperty("custom_id").GetString()!, button => button);
        Assert.False(buttons[game.JoinButton].TryGetProperty("disabled", out var joinDisabled) && joinDisabled.GetBoolean());
        Assert.True(buttons.ContainsKey(game.LeaveButton), "The announcement has no Leave button.");
        Assert.DoesNotContain(await Emulator.MessagesAsync(Seed.GuildAGeneral),
            other => other.GetRawText().Contains(game.JoinButton, StringComparison.Ordinal));

        var stored = await Host.GetJsonAsync($"/api/v1/games/{game.Id}");
        Assert.Equal(game.MessageId, stored.GetProperty("discord_message_id").GetString());
    }

    [Fact]
    public async Task Joining_through_the_Api_updates_the_announcement_within_two_seconds()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, "Web join shows in Discord");
        using var anna = await Graph.LogInAsync(Seed.AnnaGuildAOnly);

        await anna.PostJsonAsync($"/api/v1/games/{game.Id}/join");

        await Eventually.ReadsAsync(() => game.MessageAsync(Emulator), ListsAnna, TimeSpan.FromSeconds(2),
            "the announcement lists anna");
    }

    [Fact]
    public async Task Cancelling_a_game_marks_its_announcement_cancelled_with_the_buttons_disabled()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, "Called off soon");

        using var cancelled = await Host.Client.DeleteAsync($"/api/v1/games/{game.Id}").WaitAsync(ApiSession.RequestTimeout);
        cancelled.EnsureSuccessStatusCode();

        var message = await Eventually.ReadsAsync(() => game.MessageAsync(Emulator),
            message => message.GetProperty("embeds")[0].GetProperty("title").GetString() == "[Cancelled] Called off soon",
            TimeSpan.FromSeconds(10), "the announcement shows the game cancelled");
        Assert.All(message.GetProperty("components").EnumerateArray().SelectMany(row => row.GetProperty("components").EnumerateArray()),
            button => Assert.True(button.GetProperty("disabled").GetBoolean()));
    }

    private static bool ListsAnna(JsonElement message) =>
        AnnouncedGame.Field(message, "Players") is { } players && players.Value.Contains("anna", StringComparison.Ordinal);
}
