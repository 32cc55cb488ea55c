using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

/// <summary>Server errors injected on a route: Discord having a bad moment, for the next requests only.</summary>
public sealed class OutageTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>
{
    private readonly HttpClient _control = emulator.CreateClient();
    private readonly HttpClient _bot = emulator.CreateBotClient();

    [Fact]
    public async Task An_injected_outage_fails_the_next_matching_requests_with_its_status_then_stops()
    {
        var injected = await _control.PostAsJsonAsync("/_emulator/faults/outage",
            new { method = "GET", route = "/api/v10/guilds/{guild_id}/channels", count = 2, status = 502 });
        Assert.Equal(HttpStatusCode.NoContent, injected.StatusCode);

        var first = await _bot.GetAsync($"guilds/{Seed.GuildA}/channels");
        var otherRoute = await _bot.GetAsync($"guilds/{Seed.GuildA}/roles");
        var second = await _bot.GetAsync($"guilds/{Seed.GuildB}/channels");
        var third = await _bot.GetAsync($"guilds/{Seed.GuildA}/channels");

        Assert.Equal(HttpStatusCode.BadGateway, first.StatusCode);
        Assert.Equal("502: Server Error", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, otherRoute.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Theory]
    [InlineData("{\"method\":\"GET\",\"route\":\"/gateway/bot\",\"status\":429}", "status")]
    [InlineData("{\"method\":\"GET\",\"route\":\"gateway/bot\"}", "route")]
    [InlineData("{\"route\":\"/gateway/bot\"}", "method")]
    [InlineData("{\"method\":\"GET\",\"route\":\"/gateway/bot\",\"count\":0}", "count")]
    public async Task An_outage_that_is_no_server_error_on_a_route_is_refused_naming_the_field(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var refused = await _control.PostAsync("/_emulator/faults/outage", content);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }
}
