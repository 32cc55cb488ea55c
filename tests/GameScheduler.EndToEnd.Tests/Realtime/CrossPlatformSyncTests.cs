using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Realtime;

/// <summary>
/// The defining scenarios, through the bot and the emulator: a join in Discord shows on the web by itself, a join on
/// the web shows in Discord, and a member removed in Discord stops receiving that guild's updates.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class CrossPlatformSyncTests(GraphFixture graph) : IAsyncLifetime
{
    private static readonly TimeSpan Sync = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Announcement = TimeSpan.FromSeconds(30);
    private readonly EmulatorControl _emulator = EmulatorControl.For(graph);
    private ApiSession _host = null!;

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(graph);
        _host = await graph.LogInAsync(Seed.AliceOwner);
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A new game of alice's in guild A's game-night channel, and the bot's message announcing it.</summary>
    private async Task<(string GameId, string MessageId)> AnnouncedGameAsync(string title)
    {
        var game = await _host.CreateGameAsync(Seed.GuildA, Seed.GuildAGameNight, title);
        var gameId = game.GetProperty("id").GetString()!;
        var message = await _emulator.WaitForAnnouncementAsync(Seed.GuildAGameNight, gameId, Announcement);
        return (gameId, message.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task Joining_in_Discord_reaches_the_users_open_stream_within_two_seconds_and_the_game_shows_them_in()
    {
        var (gameId, messageId) = await AnnouncedGameAsync("Discord to web");
        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        await using var stream = await SseStream.OpenAsync(anna);

        var update = stream.NextAsync(e => e.GameId == gameId && e.Type == "game_updated", Sync, "game_updated after the click");
        await _emulator.ClickAsync(Seed.AnnaGuildAOnly, Seed.GuildAGameNight, messageId, $"join_game:{gameId}");
        await update;

        var game = await anna.GetJsonAsync($"/api/v1/games/{gameId}");
        Assert.True(game.GetProperty("can_leave").GetBoolean());
        Assert.True(game.GetProperty("is_participant").GetBoolean());
    }

    [Fact]
    public async Task Joining_on_the_web_updates_the_Discord_message_within_two_seconds()
    {
        var (gameId, messageId) = await AnnouncedGameAsync("Web to Discord");
        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        Assert.False(ShowsAnna(await MessageAsync(messageId)), "The announcement names anna before she joined.");

        await anna.PostJsonAsync($"/api/v1/games/{gameId}/join");

        var deadline = DateTimeOffset.UtcNow + Sync;
        while (!ShowsAnna(await MessageAsync(messageId)))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"The Discord message did not show anna within {Sync}.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_member_removed_in_Discord_gets_no_more_of_that_guilds_events()
    {
        var userId = await _emulator.CreateUserAsync($"removed_{Guid.NewGuid():N}"[..20], Seed.GuildA, Seed.GuildB);
        using var user = await graph.LogInAsync(userId);
        await using var stream = await SseStream.OpenAsync(user);
        await using var broker = await BrokerEvents.ListenAsync(graph, "guild.#");

        await _emulator.RemoveMemberAsync(Seed.GuildA, userId);
        await broker.NextAsync(e => e.RoutingKey == $"guild.member_removed.{Seed.GuildA}", TimeSpan.FromSeconds(10),
            "the bot's guild.member_removed");

        var inA = Guid.NewGuid().ToString();
        var inB = Guid.NewGuid().ToString();
        await broker.PublishAsync("game.updated", Seed.GuildA, inA);
        await broker.PublishAsync("game.updated", Seed.GuildB, inB);
        var received = await stream.UntilAsync(e => e.GameId == inB, TimeSpan.FromSeconds(5), "guild B's event");
        Assert.DoesNotContain(received, e => e.GameId == inA);
    }

    private async Task<JsonElement> MessageAsync(string messageId) =>
        (await _emulator.MessagesAsync(Seed.GuildAGameNight)).Single(message => message.GetProperty("id").GetString() == messageId);

    private static bool ShowsAnna(JsonElement message)
    {
        var text = message.GetRawText();
        return text.Contains(Seed.AnnaGuildAOnly, StringComparison.Ordinal) || text.Contains("anna", StringComparison.OrdinalIgnoreCase);
    }
}
