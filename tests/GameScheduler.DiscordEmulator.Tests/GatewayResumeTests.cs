using System.Net.WebSockets;
using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

public sealed class GatewayResumeTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>
{
    private readonly HttpClient _control = emulator.CreateClient();

    [Fact]
    public async Task After_a_forced_disconnect_resume_replays_missed_dispatches_in_order_then_resumed()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        var sessionId = (await gateway.IdentifyAndReadReadyAsync()).GetProperty("session_id").GetString()!;
        await gateway.ReceiveDispatchAsync("GUILD_CREATE");
        await gateway.ReceiveDispatchAsync("GUILD_CREATE");
        var lastSeen = gateway.LastSequence!.Value;

        var disconnect = await (await _control.PostAsync("/_emulator/gateway/disconnect", null)).ReadJsonAsync();
        Assert.True(disconnect.GetProperty("connections").GetInt32() >= 1);
        await gateway.ExpectDroppedAsync();
        await gateway.DisposeAsync();

        var missedUsers = new List<string>();
        foreach (var name in new[] { "missed_one", "missed_two", "missed_three" })
        {
            var created = await (await _control.PostAsJsonAsync("/_emulator/users", new { username = name, guild_ids = new[] { Seed.GuildA } })).ReadJsonAsync();
            missedUsers.Add(created.GetProperty("id").GetString()!);
        }

        var (resumed, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = resumed;
        await resumed.ResumeAsync(sessionId, lastSeen);
        var replayed = new[] { await resumed.ReceiveAsync(), await resumed.ReceiveAsync(), await resumed.ReceiveAsync() };
        var resumedEvent = await resumed.ReceiveAsync();

        Assert.All(replayed, payload => Assert.Equal("GUILD_MEMBER_ADD", payload.EventName()));
        Assert.Equal(missedUsers, replayed.Select(payload => payload.Data().GetProperty("user").GetProperty("id").GetString()));
        Assert.Equal([lastSeen + 1, lastSeen + 2, lastSeen + 3], replayed.Select(payload => payload.Sequence()));
        Assert.Equal(("RESUMED", lastSeen + 4), (resumedEvent.EventName(), resumedEvent.Sequence()));
    }

    [Fact]
    public async Task Resume_replays_only_what_came_after_the_given_sequence()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        var sessionId = (await gateway.IdentifyAndReadReadyAsync()).GetProperty("session_id").GetString()!;
        await gateway.ReceiveDispatchAsync("GUILD_CREATE");
        var afterFirstGuild = gateway.LastSequence!.Value;
        await gateway.CloseAsync((WebSocketCloseStatus)4000);
        await gateway.DisposeAsync();

        var (resumed, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = resumed;
        await resumed.ResumeAsync(sessionId, afterFirstGuild);

        var replayed = await resumed.ReceiveAsync();
        Assert.Equal(("GUILD_CREATE", afterFirstGuild + 1), (replayed.EventName(), replayed.Sequence()));
        Assert.Equal(Seed.GuildB, replayed.Data().GetProperty("id").GetString());
        Assert.Equal("RESUMED", (await resumed.ReceiveAsync()).EventName());
    }

    [Fact]
    public async Task Reconnect_control_sends_op_7()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = gateway;
        await gateway.IdentifyAndReadReadyAsync();
        await gateway.ReceiveDispatchAsync("GUILD_CREATE");
        await gateway.ReceiveDispatchAsync("GUILD_CREATE");

        await _control.PostAsync("/_emulator/gateway/reconnect", null);

        var reconnect = await gateway.ReceiveAsync();
        Assert.Equal(7, reconnect.Op());
        Assert.Equal(JsonValueKind.Null, reconnect.Data().ValueKind);
    }

    [Fact]
    public async Task Non_resumable_invalid_session_ends_the_session_and_a_fresh_identify_works()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = gateway;
        var sessionId = (await gateway.IdentifyAndReadReadyAsync()).GetProperty("session_id").GetString()!;
        await gateway.ReceiveDispatchAsync("GUILD_CREATE");
        await gateway.ReceiveDispatchAsync("GUILD_CREATE");

        await _control.PostAsJsonAsync("/_emulator/gateway/invalid-session", new { resumable = false });
        var invalidSession = await gateway.ReceiveAsync();
        Assert.Equal(9, invalidSession.Op());
        Assert.False(invalidSession.Data().GetBoolean());

        var (resumeAttempt, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _2 = resumeAttempt;
        await resumeAttempt.ResumeAsync(sessionId, 3);
        var refused = await resumeAttempt.ReceiveAsync();
        Assert.Equal(9, refused.Op());
        Assert.False(refused.Data().GetBoolean());

        var ready = await resumeAttempt.IdentifyAndReadReadyAsync();
        Assert.NotEqual(sessionId, ready.GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task Resumable_invalid_session_keeps_the_session()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        var sessionId = (await gateway.IdentifyAndReadReadyAsync()).GetProperty("session_id").GetString()!;
        await gateway.ReceiveDispatchAsync("GUILD_CREATE");
        await gateway.ReceiveDispatchAsync("GUILD_CREATE");
        var lastSeen = gateway.LastSequence!.Value;

        await _control.PostAsJsonAsync("/_emulator/gateway/invalid-session", new { resumable = true });
        var invalidSession = await gateway.ReceiveAsync();
        await gateway.CloseAsync((WebSocketCloseStatus)4000);
        await gateway.DisposeAsync();

        Assert.True(invalidSession.Data().GetBoolean());
        var (resumed, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = resumed;
        await resumed.ResumeAsync(sessionId, lastSeen);
        Assert.Equal("RESUMED", (await resumed.ReceiveAsync()).EventName());
    }

    [Fact]
    public async Task Control_close_4004_closes_with_that_code_and_the_session_cannot_resume()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        var sessionId = (await gateway.IdentifyAndReadReadyAsync()).GetProperty("session_id").GetString()!;

        await _control.PostAsJsonAsync("/_emulator/gateway/close", new { code = 4004 });
        Assert.Equal(4004, await gateway.ReceiveCloseAsync());
        await gateway.DisposeAsync();

        var (resumeAttempt, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = resumeAttempt;
        await resumeAttempt.ResumeAsync(sessionId, 1);
        var refused = await resumeAttempt.ReceiveAsync();
        Assert.Equal(9, refused.Op());
        Assert.False(refused.Data().GetBoolean());
    }

    [Fact]
    public async Task Client_closing_with_1000_ends_the_session()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        var sessionId = (await gateway.IdentifyAndReadReadyAsync()).GetProperty("session_id").GetString()!;
        await gateway.CloseAsync(WebSocketCloseStatus.NormalClosure);
        await gateway.DisposeAsync();

        var (resumeAttempt, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = resumeAttempt;
        await resumeAttempt.ResumeAsync(sessionId, 1);

        Assert.Equal(9, (await resumeAttempt.ReceiveAsync()).Op());
    }

    [Fact]
    public async Task Resuming_with_a_sequence_from_the_future_is_closed_with_4007()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        var sessionId = (await gateway.IdentifyAndReadReadyAsync()).GetProperty("session_id").GetString()!;
        await gateway.CloseAsync((WebSocketCloseStatus)4000);
        await gateway.DisposeAsync();

        var (resumeAttempt, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = resumeAttempt;
        await resumeAttempt.ResumeAsync(sessionId, 1000);

        Assert.Equal(4007, await resumeAttempt.ReceiveCloseAsync());
    }
}
