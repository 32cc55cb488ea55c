using GameScheduler.Discord.Gateway;
using GameScheduler.Discord.Models;
using GameScheduler.Discord.Tests.Gateway;

namespace GameScheduler.Discord.Tests.Emulator;

public sealed class EmulatorGatewayTests(EmulatorServer emulator) : IClassFixture<EmulatorServer>
{
    [Fact]
    public async Task Identifies_and_gets_READY_then_every_seeded_guild()
    {
        await using var bot = GatewayHarness.Start(emulator.ApiBaseUrl, EmulatorServer.BotToken);

        var ready = await bot.NextEventAsync<ReadyEvent>("READY");
        var guilds = new[] { await bot.NextEventAsync<Guild>("GUILD_CREATE"), await bot.NextEventAsync<Guild>("GUILD_CREATE") };

        Assert.Equal(EmulatorServer.ApplicationId, ready.User.Id);
        Assert.Equal([EmulatorServer.GuildA, EmulatorServer.GuildB], ready.Guilds.Select(g => g.Id).Order());
        Assert.StartsWith("ws://", ready.ResumeGatewayUrl);
        var guildA = Assert.Single(guilds, g => g.Id == EmulatorServer.GuildA);
        Assert.Contains(guildA.Channels!, c => c.Id == EmulatorServer.GuildAGeneral && c.Type == ChannelType.GuildText);
        Assert.Contains(guildA.Members!, m => m.User!.Id == EmulatorServer.Carol);
    }

    [Fact]
    public async Task After_a_forced_disconnect_it_resumes_and_gets_what_happened_meanwhile_in_order_once()
    {
        await using var bot = GatewayHarness.Start(emulator.ApiBaseUrl, EmulatorServer.BotToken, reconnectDelay: TimeSpan.FromSeconds(1));
        await bot.NextEventAsync<ReadyEvent>("READY");
        await bot.NextEventAsync<Guild>("GUILD_CREATE");
        await bot.NextEventAsync<Guild>("GUILD_CREATE");

        await emulator.ControlAsync(HttpMethod.Post, "/_emulator/gateway/disconnect");
        var joined = new List<string>();
        foreach (var name in new[] { "resume_first", "resume_second", "resume_third" })
        {
            var user = await emulator.ControlAsync(HttpMethod.Post, "/_emulator/users", new { username = name, guild_ids = new[] { EmulatorServer.GuildA } });
            joined.Add(user.GetProperty("id").GetString()!);
        }

        var events = new List<(string Name, object? Payload)>();
        while (events.Count(e => e.Name == "GUILD_MEMBER_ADD") < joined.Count || !events.Any(e => e.Name == "RESUMED"))
        {
            events.Add(await bot.NextEventAsync());
        }

        Assert.DoesNotContain(events, e => e.Name == "READY");
        Assert.Equal(joined, events.Where(e => e.Name == "GUILD_MEMBER_ADD").Select(e => ((GuildMemberEvent)e.Payload!).User.Id));
        // Events are raised in order: the next join coming next shows that nothing was raised twice after the resume.
        var marker = await emulator.ControlAsync(HttpMethod.Post, "/_emulator/users", new { username = "after_resume", guild_ids = new[] { EmulatorServer.GuildA } });
        Assert.Equal(marker.GetProperty("id").GetString(), (await bot.NextEventAsync<GuildMemberEvent>("GUILD_MEMBER_ADD")).User.Id);
    }

    [Fact]
    public async Task A_non_resumable_invalid_session_leads_to_a_fresh_identify()
    {
        await using var bot = GatewayHarness.Start(emulator.ApiBaseUrl, EmulatorServer.BotToken);
        var first = await bot.NextEventAsync<ReadyEvent>("READY");

        await emulator.ControlAsync(HttpMethod.Post, "/_emulator/gateway/invalid-session", new { resumable = false });

        var events = new List<string>();
        ReadyEvent? second = null;
        while (second is null)
        {
            var (name, payload) = await bot.NextEventAsync();
            events.Add(name);
            second = payload as ReadyEvent;
        }

        Assert.NotEqual(first.SessionId, second.SessionId);
        Assert.DoesNotContain("RESUMED", events);
    }

    [Fact]
    public async Task A_4004_close_stops_the_client_with_a_clear_error()
    {
        await using var bot = GatewayHarness.Start(emulator.ApiBaseUrl, EmulatorServer.BotToken);
        await bot.NextEventAsync<ReadyEvent>("READY");

        await emulator.ControlAsync(HttpMethod.Post, "/_emulator/gateway/close", new { code = 4004 });

        var error = await Assert.ThrowsAsync<DiscordGatewayException>(() => bot.Run.WaitAsync(FakeGatewayConnection.Timeout));
        Assert.Equal(GatewayCloseCodes.AuthenticationFailed, error.CloseCode);
        Assert.Contains("authentication failed", error.Message);
    }

    [Fact]
    public async Task A_wrong_bot_token_is_refused_without_a_reconnect_loop()
    {
        await using var bot = GatewayHarness.Start(emulator.ApiBaseUrl, "not-the-bot-token");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => bot.Run.WaitAsync(FakeGatewayConnection.Timeout));

        var refused = Assert.IsType<GameScheduler.Discord.Rest.DiscordApiException>(error);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
    }
}
