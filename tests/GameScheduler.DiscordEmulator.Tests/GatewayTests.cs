using System.Net.WebSockets;
using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

public sealed class GatewayTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>
{
    private readonly HttpClient _control = emulator.CreateClient();

    [Fact]
    public async Task Gateway_bot_points_at_this_emulators_gateway()
    {
        using var bot = emulator.CreateBotClient();

        var gateway = await bot.GetFromJsonAsync<JsonElement>("gateway/bot");

        Assert.Equal($"ws://{emulator.BaseAddress.Authority}/gateway", gateway.GetProperty("url").GetString());
        Assert.Equal(1, gateway.GetProperty("shards").GetInt32());
        Assert.Equal(1, gateway.GetProperty("session_start_limit").GetProperty("max_concurrency").GetInt32());
    }

    [Fact]
    public async Task Identify_gets_ready_then_a_guild_create_per_guild_in_sequence()
    {
        var (gateway, heartbeatInterval) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _ = gateway;
        Assert.Equal(41250, heartbeatInterval);

        await gateway.IdentifyAsync();
        var ready = await gateway.ReceiveAsync();
        var firstGuild = await gateway.ReceiveAsync();
        var secondGuild = await gateway.ReceiveAsync();

        Assert.Equal(("READY", 1), (ready.EventName(), ready.Sequence()));
        var data = ready.Data();
        Assert.Equal(10, data.GetProperty("v").GetInt32());
        Assert.Equal(Seed.ApplicationId, data.GetProperty("user").GetProperty("id").GetString());
        Assert.True(data.GetProperty("user").GetProperty("bot").GetBoolean());
        Assert.False(string.IsNullOrEmpty(data.GetProperty("session_id").GetString()));
        Assert.Equal($"ws://{emulator.BaseAddress.Authority}/gateway", data.GetProperty("resume_gateway_url").GetString());
        Assert.Equal(Seed.ApplicationId, data.GetProperty("application").GetProperty("id").GetString());
        Assert.All(data.GetProperty("guilds").EnumerateArray(), guild => Assert.True(guild.GetProperty("unavailable").GetBoolean()));
        Assert.Equal([Seed.GuildA, Seed.GuildB], data.GetProperty("guilds").EnumerateArray().Select(guild => guild.GetProperty("id").GetString()));

        Assert.Equal(("GUILD_CREATE", 2), (firstGuild.EventName(), firstGuild.Sequence()));
        Assert.Equal(("GUILD_CREATE", 3), (secondGuild.EventName(), secondGuild.Sequence()));
        var guildA = firstGuild.Data();
        Assert.Equal(Seed.GuildA, guildA.GetProperty("id").GetString());
        Assert.Equal(Seed.AliceOwner, guildA.GetProperty("owner_id").GetString());
        Assert.Contains(guildA.GetProperty("channels").EnumerateArray(), channel => channel.GetProperty("id").GetString() == Seed.GuildAGameNight);
        Assert.Contains(guildA.GetProperty("roles").EnumerateArray(), role => role.GetProperty("id").GetString() == Seed.GameMasterRole);
        var members = guildA.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(members.Count, guildA.GetProperty("member_count").GetInt32());
        Assert.Contains(members, member => member.GetProperty("user").GetProperty("id").GetString() == Seed.Anna);
        Assert.Contains(members, member => member.GetProperty("user").GetProperty("id").GetString() == Seed.ApplicationId);
        var gina = members.Single(member => member.GetProperty("user").GetProperty("id").GetString() == Seed.Gina);
        Assert.Equal([Seed.GameMasterRole], gina.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
    }

    [Fact]
    public async Task Heartbeat_is_acknowledged()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = gateway;

        await gateway.SendAsync(1, null);
        var ack = await gateway.ReceiveAsync();

        Assert.Equal(11, ack.Op());
        Assert.Equal(JsonValueKind.Null, ack.GetProperty("s").ValueKind);
        Assert.Equal(JsonValueKind.Null, ack.GetProperty("t").ValueKind);
    }

    [Theory]
    [InlineData("not-the-token")]
    [InlineData("")]
    public async Task Identify_with_a_bad_token_is_closed_with_4004(string token)
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = gateway;

        await gateway.IdentifyAsync(token);

        Assert.Equal(4004, await gateway.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Protocol_violations_get_discords_close_codes()
    {
        Assert.Equal(4003, await CloseCodeAfterAsync(gateway => gateway.SendAsync(3, new { status = "online" })));
        Assert.Equal(4001, await CloseCodeAfterAsync(gateway => gateway.SendAsync(99, null)));
        Assert.Equal(4013, await CloseCodeAfterAsync(gateway => gateway.IdentifyAsync(intents: 1 << 30)));
        Assert.Equal(4005, await CloseCodeAfterAsync(async gateway =>
        {
            await gateway.IdentifyAndReadReadyAsync();
            await gateway.IdentifyAsync();
        }));
    }

    [Fact]
    public async Task Unsupported_api_version_is_closed_with_4012()
    {
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(GatewayTestClient.Timeout);
        await socket.ConnectAsync(new Uri($"ws://{emulator.BaseAddress.Authority}/gateway?v=6&encoding=json"), timeout.Token);

        var result = await socket.ReceiveAsync(new byte[1024], timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(4012, (int?)socket.CloseStatus);
    }

    [Fact]
    public async Task Member_add_and_remove_are_dispatched_to_the_bot()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = gateway;
        await gateway.IdentifyAndReadReadyAsync();

        Assert.True((await _control.PostAsync($"/_emulator/guilds/{Seed.GuildB}/members/{Seed.Anna}/add", null)).IsSuccessStatusCode);
        var added = (await gateway.ReceiveDispatchAsync("GUILD_MEMBER_ADD")).Data();
        Assert.True((await _control.PostAsync($"/_emulator/guilds/{Seed.GuildB}/members/{Seed.Anna}/remove", null)).IsSuccessStatusCode);
        var removed = (await gateway.ReceiveDispatchAsync("GUILD_MEMBER_REMOVE")).Data();

        Assert.Equal(Seed.GuildB, added.GetProperty("guild_id").GetString());
        Assert.Equal(Seed.Anna, added.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(Seed.GuildB, removed.GetProperty("guild_id").GetString());
        Assert.Equal(Seed.Anna, removed.GetProperty("user").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Member_events_need_the_guild_members_intent()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = gateway;
        await gateway.IdentifyAsync(intents: 1);
        await gateway.ReceiveDispatchAsync("READY");
        await gateway.ReceiveAsync();
        await gateway.ReceiveAsync();

        await _control.PostAsJsonAsync("/_emulator/users", new { username = "quiet_joiner", guild_ids = new[] { Seed.GuildA } });
        await _control.PostAsync("/_emulator/gateway/reconnect", null);

        Assert.Equal(7, (await gateway.ReceiveAsync()).Op());
    }

    [Fact]
    public async Task Role_changes_are_dispatched_as_guild_member_update()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = gateway;
        await gateway.IdentifyAndReadReadyAsync();

        var response = await _control.PutAsJsonAsync($"/_emulator/guilds/{Seed.GuildA}/members/{Seed.Anna}/roles",
            new { role_ids = new[] { Seed.GameMasterRole } });
        var update = (await gateway.ReceiveDispatchAsync("GUILD_MEMBER_UPDATE")).Data();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Seed.Anna, update.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal([Seed.GameMasterRole], update.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
    }

    private async Task<int> CloseCodeAfterAsync(Func<GatewayTestClient, Task> violation)
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = gateway;
        await violation(gateway);
        return await gateway.ReceiveCloseAsync();
    }
}
