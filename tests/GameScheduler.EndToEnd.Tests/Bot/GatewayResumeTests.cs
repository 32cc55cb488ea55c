using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Bot;

/// <summary>A dropped gateway connection loses no click: the bot resumes and answers what was sent meanwhile.</summary>
[Collection(GraphCollection.Name)]
public sealed class GatewayResumeTests(GraphFixture graph) : IAsyncLifetime
{
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

    [Fact]
    public async Task A_forced_disconnect_during_clicks_still_answers_every_click()
    {
        var game = await AnnouncedGame.CreateAsync(_host, _emulator, "Clicks across a disconnect", maxPlayers: 20);
        var players = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _emulator.CreateUserAsync(JoinButtonTests.NewUsername("resume"), Seed.GuildA)));

        var clicks = new List<Task<System.Text.Json.JsonElement>>();
        foreach (var (player, index) in players.Select((player, index) => (player, index)))
        {
            if (index == players.Length / 2) await _emulator.DisconnectGatewayAsync();
            clicks.Add(game.ClickAsync(_emulator, player, game.JoinButton));
            await Task.Delay(50);
        }

        foreach (var callback in await Task.WhenAll(clicks))
        {
            JoinButtonTests.AssertPrivateReply(callback, "You're in");
        }

        var stored = await _host.GetJsonAsync($"/api/v1/games/{game.Id}");
        Assert.Equal(players.Length, stored.GetProperty("confirmed_count").GetInt32());
    }
}
