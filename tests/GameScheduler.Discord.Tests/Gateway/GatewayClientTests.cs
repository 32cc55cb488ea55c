using GameScheduler.Discord.Gateway;
using GameScheduler.Discord.Models;

namespace GameScheduler.Discord.Tests.Gateway;

public sealed class GatewayClientTests : IAsyncLifetime
{
    private const string SessionId = FakeGateway.SessionId;
    private const int LongHeartbeatMs = 30_000;
    private FakeGateway gateway = null!;

    public async Task InitializeAsync() => gateway = await FakeGateway.StartAsync();

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task Identifies_with_its_token_and_intents_then_raises_READY_and_GUILD_CREATE()
    {
        await using var bot = GatewayHarness.Start(gateway.ApiBaseUrl);

        var connection = await gateway.NextConnectionAsync();
        await connection.SendHelloAsync(LongHeartbeatMs);
        var identify = await connection.ExpectAsync(op: 2);
        await connection.SendDispatchAsync("READY", 1, GatewayPayloads.Ready(SessionId, gateway.ResumeUrl));
        await connection.SendDispatchAsync("GUILD_CREATE", 2, GatewayPayloads.GuildCreate());

        Assert.Equal("/gateway?v=10&encoding=json", connection.PathAndQuery);
        Assert.Equal(GatewayHarness.BotToken, identify.GetProperty("token").GetString());
        Assert.Equal((int)(GatewayIntents.Guilds | GatewayIntents.GuildMembers), identify.GetProperty("intents").GetInt32());
        Assert.Equal("GameScheduler", identify.GetProperty("properties").GetProperty("browser").GetString());
        var ready = await bot.NextEventAsync<ReadyEvent>("READY");
        Assert.Equal(SessionId, ready.SessionId);
        var guild = await bot.NextEventAsync<Guild>("GUILD_CREATE");
        Assert.Equal("general", Assert.Single(guild.Channels!).Name);
    }

    [Fact]
    public async Task Heartbeats_every_interval_with_the_last_sequence_and_keeps_the_connection()
    {
        // Long enough that a stall of the test host between a heartbeat and its ACK is not taken for a zombie connection.
        const int intervalMs = 1000;
        await using var bot = GatewayHarness.Start(gateway.ApiBaseUrl);
        var connection = await gateway.StartSessionAsync(bot, intervalMs);

        var beats = new List<(JsonElement Sequence, DateTime At)>();
        for (var i = 0; i < 5; i++)
        {
            beats.Add(await connection.NextHeartbeatAsync());
        }

        Assert.All(beats, beat => Assert.Equal(1, beat.Sequence.GetInt32()));
        // One late beat shortens the gap after it, so the cadence is judged on the average gap.
        var averageGapMs = (beats[^1].At - beats[0].At).TotalMilliseconds / (beats.Count - 1);
        Assert.InRange(averageGapMs, intervalMs * 0.8, intervalMs * 2);
        Assert.Equal(1, gateway.ConnectionCount);
        Assert.False(connection.ClientClose.IsCompleted);
    }

    [Fact]
    public async Task Answers_a_heartbeat_request_at_once()
    {
        await using var bot = GatewayHarness.Start(gateway.ApiBaseUrl);
        var connection = await gateway.StartSessionAsync(bot, LongHeartbeatMs);

        await connection.SendOpAsync(1, "null");

        var (sequence, _) = await connection.NextHeartbeatAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, sequence.GetInt32());
    }

    [Fact]
    public async Task A_heartbeat_left_unacknowledged_marks_a_zombie_that_is_closed_and_resumed()
    {
        await using var bot = GatewayHarness.Start(gateway.ApiBaseUrl);
        var zombie = await gateway.StartSessionAsync(bot, 100);
        zombie.AcknowledgeHeartbeats = false;

        var closeCode = await zombie.ClientClose.WaitAsync(FakeGatewayConnection.Timeout);
        var next = await gateway.NextConnectionAsync();
        await next.SendHelloAsync(LongHeartbeatMs);
        var resume = await next.ExpectAsync(op: 6);

        Assert.NotNull(closeCode);
        Assert.NotEqual(1000, closeCode);
        Assert.NotEqual(1001, closeCode);
        Assert.StartsWith("/resume?v=10&encoding=json", next.PathAndQuery);
        Assert.Equal(SessionId, resume.GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task After_a_dropped_socket_it_resumes_and_gets_the_missed_events_in_order_without_duplicates()
    {
        await using var bot = GatewayHarness.Start(gateway.ApiBaseUrl);
        var first = await gateway.StartSessionAsync(bot, LongHeartbeatMs);
        await first.SendDispatchAsync("GUILD_MEMBER_ADD", 2, GatewayPayloads.MemberAdd("2"));
        Assert.Equal("2", (await bot.NextEventAsync<GuildMemberEvent>("GUILD_MEMBER_ADD")).User.Id);

        await first.DropAsync();
        var second = await gateway.NextConnectionAsync();
        await second.SendHelloAsync(LongHeartbeatMs);
        var resume = await second.ExpectAsync(op: 6);
        // The replay overlaps what already arrived: sequence 2 again, then what was missed.
        await second.SendDispatchAsync("GUILD_MEMBER_ADD", 2, GatewayPayloads.MemberAdd("2"));
        await second.SendDispatchAsync("GUILD_MEMBER_ADD", 3, GatewayPayloads.MemberAdd("3"));
        await second.SendDispatchAsync("GUILD_MEMBER_ADD", 4, GatewayPayloads.MemberAdd("4"));
        await second.SendDispatchAsync("RESUMED", 5, "{}");

        Assert.Equal(GatewayHarness.BotToken, resume.GetProperty("token").GetString());
        Assert.Equal(SessionId, resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt32());
        Assert.Equal("3", (await bot.NextEventAsync<GuildMemberEvent>("GUILD_MEMBER_ADD")).User.Id);
        Assert.Equal("4", (await bot.NextEventAsync<GuildMemberEvent>("GUILD_MEMBER_ADD")).User.Id);
        await bot.NextEventAsync("RESUMED");
        // Events are raised in order: a marker sent last coming next shows that nothing else was raised after the replay.
        await second.SendDispatchAsync("GUILD_MEMBER_ADD", 6, GatewayPayloads.MemberAdd("6"));
        Assert.Equal("6", (await bot.NextEventAsync<GuildMemberEvent>("GUILD_MEMBER_ADD")).User.Id);
    }

    [Theory]
    [InlineData("op 7", "reconnect")]
    [InlineData("op 9 true", "resumable invalid session")]
    [InlineData("close 4000", "unknown error")]
    [InlineData("close 4008", "rate limited")]
    public async Task Resumes_after(string trigger, string meaning)
    {
        await using var bot = GatewayHarness.Start(gateway.ApiBaseUrl);
        var first = await gateway.StartSessionAsync(bot, LongHeartbeatMs);

        await EndAsync(first, trigger);
        var next = await gateway.NextConnectionAsync();
        await next.SendHelloAsync(LongHeartbeatMs);

        var resume = await next.ExpectAsync(op: 6);
        Assert.True(next.PathAndQuery.StartsWith("/resume", StringComparison.Ordinal), meaning);
        Assert.Equal(SessionId, resume.GetProperty("session_id").GetString());
    }

    [Theory]
    [InlineData("op 9 false")]
    [InlineData("close 4007")]
    [InlineData("close 4009")]
    public async Task Identifies_afresh_when_the_session_is_gone_after(string trigger)
    {
        await using var bot = GatewayHarness.Start(gateway.ApiBaseUrl);
        var first = await gateway.StartSessionAsync(bot, LongHeartbeatMs);

        await EndAsync(first, trigger);
        var next = await gateway.NextConnectionAsync();
        await next.SendHelloAsync(500);

        await next.ExpectAsync(op: 2);
        Assert.StartsWith("/gateway", next.PathAndQuery);
        var (sequence, _) = await next.NextHeartbeatAsync();
        Assert.Equal(JsonValueKind.Null, sequence.ValueKind);
        await next.SendDispatchAsync("READY", 1, GatewayPayloads.Ready("session-2", gateway.ResumeUrl));
        Assert.Equal("session-2", (await bot.NextEventAsync<ReadyEvent>("READY")).SessionId);
    }

    [Theory]
    [InlineData(4004, "authentication failed")]
    [InlineData(4010, "invalid shard")]
    [InlineData(4011, "sharding required")]
    [InlineData(4012, "invalid API version")]
    [InlineData(4013, "invalid intents")]
    [InlineData(4014, "disallowed intents")]
    public async Task Stops_with_a_clear_error_and_never_reconnects_after_close(int code, string meaning)
    {
        await using var bot = GatewayHarness.Start(gateway.ApiBaseUrl);
        var connection = await gateway.NextConnectionAsync();
        await connection.SendHelloAsync(LongHeartbeatMs);
        await connection.ExpectAsync(op: 2);

        await connection.CloseAsync(code);

        var error = await Assert.ThrowsAsync<DiscordGatewayException>(() => bot.Run.WaitAsync(FakeGatewayConnection.Timeout));
        Assert.Equal(code, error.CloseCode);
        Assert.Contains(meaning, error.Message);
        // The run, which alone connects, has ended: no later connection can follow the first.
        Assert.Equal(1, gateway.ConnectionCount);
    }

    [Fact]
    public async Task A_slow_handler_delays_later_events_but_neither_heartbeats_nor_interactions()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var bot = GatewayHarness.Start(gateway.ApiBaseUrl, subscribe: client => client.GuildCreate += async (_, ct) => await release.Task.WaitAsync(ct));
        var connection = await gateway.StartSessionAsync(bot, 1000);

        await connection.SendDispatchAsync("GUILD_CREATE", 2, GatewayPayloads.GuildCreate());
        await connection.SendDispatchAsync("GUILD_MEMBER_ADD", 3, GatewayPayloads.MemberAdd("3"));
        await connection.SendDispatchAsync("INTERACTION_CREATE", 4, GatewayPayloads.Interaction("900"));

        // The interaction does not wait its turn behind GUILD_CREATE's slow handler, so either may be raised first.
        var raised = new[] { await bot.NextEventAsync(), await bot.NextEventAsync() };
        Assert.Equal(["GUILD_CREATE", "INTERACTION_CREATE"], raised.Select(e => e.Name).Order());
        for (var beatsAfterTheInteraction = 0; beatsAfterTheInteraction < 2;)
        {
            var (sequence, _) = await connection.NextHeartbeatAsync();
            beatsAfterTheInteraction += sequence.ValueKind == JsonValueKind.Number && sequence.GetInt32() == 4 ? 1 : 0;
        }

        release.SetResult();
        Assert.Equal("3", (await bot.NextEventAsync<GuildMemberEvent>("GUILD_MEMBER_ADD")).User.Id);
        Assert.Equal(1, gateway.ConnectionCount);
    }

    [Fact]
    public async Task Unknown_events_and_failing_handlers_do_not_stop_the_session()
    {
        var failures = 0;
        await using var bot = GatewayHarness.Start(gateway.ApiBaseUrl, subscribe: client => client.GuildMemberAdd += (_, _) =>
            Interlocked.Increment(ref failures) == 1 ? throw new InvalidOperationException("handler bug") : ValueTask.CompletedTask);
        var connection = await gateway.StartSessionAsync(bot, LongHeartbeatMs);

        await connection.SendDispatchAsync("SOME_FUTURE_EVENT", 2, """{"anything":[1,2,3]}""");
        await connection.SendDispatchAsync("GUILD_MEMBER_ADD", 3, GatewayPayloads.MemberAdd("3"));
        await connection.SendDispatchAsync("GUILD_MEMBER_ADD", 4, GatewayPayloads.MemberAdd("4"));

        Assert.Equal("3", (await bot.NextEventAsync<GuildMemberEvent>("GUILD_MEMBER_ADD")).User.Id);
        Assert.Equal("4", (await bot.NextEventAsync<GuildMemberEvent>("GUILD_MEMBER_ADD")).User.Id);
        Assert.Equal(1, gateway.ConnectionCount);
    }

    private static Task EndAsync(FakeGatewayConnection connection, string trigger) => trigger switch
    {
        "op 7" => connection.SendOpAsync(7, "null"),
        "op 9 true" => connection.SendOpAsync(9, "true"),
        "op 9 false" => connection.SendOpAsync(9, "false"),
        _ when trigger.StartsWith("close ", StringComparison.Ordinal) => connection.CloseAsync(int.Parse(trigger["close ".Length..])),
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "unknown trigger"),
    };
}
