using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Bot;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Realtime;

/// <summary>
/// The defining scenarios, through the bot and the emulator: a join in Discord shows on the web by itself, a join on
/// the web shows in Discord, and a member removed in Discord stops receiving that guild's updates.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class CrossPlatformSyncTests(GraphFixture graph) : HostAndEmulatorTests(graph)
{
    private static readonly TimeSpan Sync = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Joining_in_Discord_reaches_the_users_open_stream_within_two_seconds_and_the_game_shows_them_in()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, "Discord to web");
        using var anna = await Graph.LogInAsync(Seed.AnnaGuildAOnly);
        await using var stream = await SseStream.OpenAsync(anna);

        var update = stream.NextAsync(e => e.GameId == game.Id && e.Type == "game_updated", Sync, "game_updated after the click");
        await game.ClickAsync(Emulator, Seed.AnnaGuildAOnly, game.JoinButton);
        await update;

        var seenByAnna = await anna.GetJsonAsync($"/api/v1/games/{game.Id}");
        Assert.True(seenByAnna.GetProperty("can_leave").GetBoolean());
        Assert.True(seenByAnna.GetProperty("is_participant").GetBoolean());
    }

    [Fact]
    public async Task Joining_on_the_web_updates_the_Discord_message_within_two_seconds()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, "Web to Discord");
        using var anna = await Graph.LogInAsync(Seed.AnnaGuildAOnly);
        Assert.False(ShowsAnna(await game.MessageAsync(Emulator)), "The announcement names anna before she joined.");

        await anna.PostJsonAsync($"/api/v1/games/{game.Id}/join");

        await Eventually.ReadsAsync(() => game.MessageAsync(Emulator), ShowsAnna, Sync, "the Discord message shows anna");
    }

    [Fact]
    public async Task A_member_removed_in_Discord_gets_no_more_of_that_guilds_events()
    {
        var userId = await Emulator.CreateUserAsync($"removed_{Guid.NewGuid():N}"[..20], Seed.GuildA, Seed.GuildB);
        using var user = await Graph.LogInAsync(userId);
        await using var stream = await SseStream.OpenAsync(user);
        await using var broker = await BrokerEvents.ListenAsync(Graph, "guild.#");

        await Emulator.RemoveMemberAsync(Seed.GuildA, userId);
        await broker.NextAsync(e => e.RoutingKey == $"guild.member_removed.{Seed.GuildA}", TimeSpan.FromSeconds(10),
            "the bot's guild.member_removed");

        var inA = Guid.NewGuid().ToString();
        var inB = Guid.NewGuid().ToString();
        await broker.PublishAsync("game.updated", Seed.GuildA, inA);
        await broker.PublishAsync("game.updated", Seed.GuildB, inB);
        var received = await stream.UntilAsync(e => e.GameId == inB, TimeSpan.FromSeconds(5), "guild B's event");
        Assert.DoesNotContain(received, e => e.GameId == inA);
    }

    private static bool ShowsAnna(JsonElement message)
    {
        var text = message.GetRawText();
        return text.Contains(Seed.AnnaGuildAOnly, StringComparison.Ordinal) || text.Contains("anna", StringComparison.OrdinalIgnoreCase);
    }
}
