using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

public sealed class ResetControlTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>
{
    private readonly HttpClient _control = emulator.CreateClient();
    private readonly HttpClient _bot = emulator.CreateBotClient();

    [Fact]
    public async Task Reset_restores_the_seeded_users_and_memberships_and_forgets_messages_dms_and_faults()
    {
        var before = await _control.GetFromJsonAsync<JsonElement>("/_emulator/state");
        var created = await _control.PostAsJsonAsync("/_emulator/users", new { username = "passer_by", guild_ids = new[] { Seed.GuildA } });
        created.EnsureSuccessStatusCode();
        (await _control.PostAsync($"/_emulator/guilds/{Seed.GuildB}/members/{Seed.Anna}/add", null)).EnsureSuccessStatusCode();
        (await _control.PostAsync($"/_emulator/guilds/{Seed.GuildA}/members/{Seed.Carol}/remove", null)).EnsureSuccessStatusCode();
        (await _bot.PostAsJsonAsync($"channels/{Seed.GuildAGeneral}/messages", new { content = "before the reset" })).EnsureSuccessStatusCode();
        var dm = await (await _bot.PostAsJsonAsync("users/@me/channels", new { recipient_id = Seed.Anna })).Content.ReadFromJsonAsync<JsonElement>();
        (await _bot.PostAsJsonAsync($"channels/{dm.GetProperty("id").GetString()}/messages", new { content = "psst" })).EnsureSuccessStatusCode();
        (await _control.PostAsJsonAsync("/_emulator/faults/rate-limit", new { method = "POST", route = "/channels/{channel_id}/messages" })).EnsureSuccessStatusCode();

        var reset = await _control.PostAsync("/_emulator/reset", null);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        var after = await _control.GetFromJsonAsync<JsonElement>("/_emulator/state");
        Assert.Equal(before.GetRawText(), after.GetRawText());
        Assert.Empty((await _control.GetFromJsonAsync<JsonElement>($"/_emulator/channels/{Seed.GuildAGeneral}/messages")).EnumerateArray());
        Assert.Empty((await _control.GetFromJsonAsync<JsonElement>($"/_emulator/users/{Seed.Anna}/dms")).EnumerateArray());
        Assert.Empty((await _control.GetFromJsonAsync<JsonElement>("/_emulator/stats")).GetProperty("requests").EnumerateObject());
        var posted = await _bot.PostAsJsonAsync($"channels/{Seed.GuildAGeneral}/messages", new { content = "after the reset" });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    [Fact]
    public async Task Reset_ends_connected_bot_sessions_so_they_identify_again_and_receive_the_seeded_guilds()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = gateway;
        await gateway.IdentifyAndReadReadyAsync();

        await _control.PostAsync("/_emulator/reset", null);

        JsonElement invalidSession;
        do
        {
            invalidSession = await gateway.ReceiveAsync();
        }
        while (invalidSession.Op() != 9);
        Assert.False(invalidSession.Data().GetBoolean());
        var (again, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _2 = again;
        await again.IdentifyAndReadReadyAsync();
        var guild = (await again.ReceiveDispatchAsync("GUILD_CREATE")).Data();
        Assert.Contains(guild.GetProperty("id").GetString(), new[] { Seed.GuildA, Seed.GuildB });
    }
}
