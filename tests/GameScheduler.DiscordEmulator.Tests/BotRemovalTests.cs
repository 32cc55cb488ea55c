using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

public sealed class BotRemovalTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>
{
    private readonly HttpClient _control = emulator.CreateClient();
    private readonly HttpClient _bot = emulator.CreateBotClient();

    [Fact]
    public async Task Removing_the_bot_dispatches_guild_delete_and_the_guild_is_closed_to_it_afterwards()
    {
        await using var gateway = await GatewayTestClient.ConnectIdentifiedAsync(emulator.GatewayUri);

        var removal = await _control.PostAsync($"/_emulator/guilds/{Seed.GuildB}/bot/remove", null);
        var guildDelete = (await gateway.ReceiveDispatchAsync("GUILD_DELETE")).Data();
        await _control.PostAsJsonAsync("/_emulator/users", new { username = "in_b", guild_ids = new[] { Seed.GuildB } });
        await _control.PostAsJsonAsync("/_emulator/users", new { username = "in_a", guild_ids = new[] { Seed.GuildA } });
        var nextMemberAdd = (await gateway.ReceiveDispatchAsync("GUILD_MEMBER_ADD")).Data();

        Assert.Equal(HttpStatusCode.NoContent, removal.StatusCode);
        Assert.Equal(["id", "unavailable"], guildDelete.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal(Seed.GuildB, guildDelete.GetProperty("id").GetString());
        Assert.False(guildDelete.GetProperty("unavailable").GetBoolean());
        Assert.Equal(Seed.GuildA, nextMemberAdd.GetProperty("guild_id").GetString());

        await DiscordAssert.ErrorAsync(await _bot.GetAsync($"guilds/{Seed.GuildB}/members?limit=10"), HttpStatusCode.Forbidden, 50001);
        await DiscordAssert.ErrorAsync(await _bot.GetAsync($"guilds/{Seed.GuildB}/channels"), HttpStatusCode.Forbidden, 50001);
        await DiscordAssert.ErrorAsync(await _bot.GetAsync($"applications/{Seed.ApplicationId}/guilds/{Seed.GuildB}/commands"), HttpStatusCode.Forbidden, 50001);
        await DiscordAssert.ErrorAsync(
            await _bot.PostAsJsonAsync($"channels/{Seed.GuildBRaids}/messages", new { content = "still here?" }), HttpStatusCode.Forbidden, 50001);
        Assert.Equal(HttpStatusCode.OK, (await _bot.GetAsync($"guilds/{Seed.GuildA}/channels")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _control.PostAsync($"/_emulator/guilds/{Seed.GuildB}/bot/remove", null)).StatusCode);

        var (reconnected, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _2 = reconnected;
        var ready = await reconnected.IdentifyAndReadReadyAsync();
        var guilds = await _bot.GetFromJsonAsync<JsonElement>("users/@me/guilds");
        Assert.Equal([Seed.GuildA], ready.GetProperty("guilds").EnumerateArray().Select(guild => guild.GetProperty("id").GetString()));
        Assert.Equal([Seed.GuildA], guilds.EnumerateArray().Select(guild => guild.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Removing_the_bot_from_an_unknown_guild_is_a_404_problem()
    {
        var response = await _control.PostAsync("/_emulator/guilds/42/bot/remove", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
