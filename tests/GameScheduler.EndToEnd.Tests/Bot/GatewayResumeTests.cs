using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Bot;

/// <summary>A dropped gateway connection loses no click: the bot resumes and answers what was sent meanwhile.</summary>
[Collection(GraphCollection.Name)]
public sealed class GatewayResumeTests(GraphFixture graph) : HostAndEmulatorTests(graph)
{
    [Fact]
    public async Task A_forced_disconnect_during_clicks_still_answers_every_click()
    {
        var game = await AnnouncedGame.CreateAsync(Host, Emulator, "Clicks across a disconnect", maxPlayers: 20);
        var players = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Emulator.CreateUserAsync(JoinButtonTests.NewUsername("resume"), Seed.GuildA)));

        var clicks = new List<Task<System.Text.Json.JsonElement>>();
        foreach (var (player, index) in players.Select((player, index) => (player, index)))
        {
            if (index == players.Length / 2) await Emulator.DisconnectGatewayAsync();
            clicks.Add(game.ClickAsync(Emulator, player, game.JoinButton));
            await Task.Delay(50);
        }

        foreach (var callback in await Task.WhenAll(clicks))
        {
            JoinButtonTests.AssertPrivateReply(callback, "You're in");
        }

        var stored = await Host.GetJsonAsync($"/api/v1/games/{game.Id}");
        Assert.Equal(players.Length, stored.GetProperty("confirmed_count").GetInt32());
    }
}
