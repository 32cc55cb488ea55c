using System.Text.Json;
using GameScheduler.Core.Inbox;
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

    [Fact]
    public async Task An_edit_the_announcement_does_not_show_leaves_it_unedited()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, "Reminders change quietly");
        await game.WaitUntilNoLongerEditedAsync(Emulator);
        var editsBefore = await game.EditsAsync(Emulator);

        // Reminders are not part of the announcement. The bot handles this change on its own, before the next one could
        // be coalesced with it: the next change is made once the bot's processed-events log records this one.
        await using var updates = await BrokerEvents.ListenAsync(Graph, "game.updated.#");
        await Host.SendJsonAsync(HttpMethod.Put, $"/api/v1/games/{game.Id}", new { reminder_minutes = new[] { 42 } });
        var reminderChange = await updates.NextAsync(e => e.Envelope.GetProperty("data").GetProperty("game_id").GetString() == game.Id,
            TimeSpan.FromSeconds(10), "the event of the reminder change");
        await BotHandledAsync(Guid.Parse(reminderChange.Envelope.GetProperty("id").GetString()!));
        await Host.SendJsonAsync(HttpMethod.Put, $"/api/v1/games/{game.Id}", new { title = "Renamed in plain sight" });

        await Eventually.ReadsAsync(() => game.MessageAsync(Emulator),
            message => message.GetProperty("embeds")[0].GetProperty("title").GetString() == "Renamed in plain sight",
            TimeSpan.FromSeconds(10), "the announcement shows the new title");
        await game.WaitUntilNoLongerEditedAsync(Emulator);
        Assert.Equal(editsBefore + 1, await game.EditsAsync(Emulator));
    }

    private async Task BotHandledAsync(Guid eventId)
    {
        await using var database = await DomainWriter.ForGraphAsync(Graph);
        await Eventually.HoldsAsync(
            () => database.RunAsync<ProcessedEventLog, bool>(log => log.IsProcessedAsync("bot_events", eventId, CancellationToken.None)),
            TimeSpan.FromSeconds(10), $"the bot handled event {eventId}");
    }

    private static bool ListsAnna(JsonElement message) =>
        AnnouncedGame.Field(message, "Players") is { } players && players.Value.Contains("anna", StringComparison.Ordinal);
}
