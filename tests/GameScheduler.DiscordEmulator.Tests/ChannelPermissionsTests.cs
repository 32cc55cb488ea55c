using GameScheduler.DiscordEmulator.State;
using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

/// <summary>The bot's REST calls in guild channels answer as Discord does once overwrites take its permissions away.</summary>
public sealed class ChannelPermissionsTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>
{
    private readonly HttpClient _control = emulator.CreateClient();
    private readonly HttpClient _bot = emulator.CreateBotClient();

    [Fact]
    public async Task Without_send_messages_creating_or_editing_a_message_is_50013_missing_permissions()
    {
        var channelId = await _control.CreateChannelAsync(Seed.GuildA, "soon-read-only");
        var messageId = (await _bot.PostMessageAsync(channelId, new { content = "before" })).GetProperty("id").GetString();
        (await _control.PatchAsJsonAsync($"/_emulator/channels/{channelId}", new
        {
            permission_overwrites = new[] { EmulatorClients.Overwrite(Seed.GuildA, 0, deny: Permissions.SendMessages) },
        })).EnsureSuccessStatusCode();

        var create = await _bot.PostAsJsonAsync($"channels/{channelId}/messages", new { content = "after" });
        var edit = await _bot.PatchAsJsonAsync($"channels/{channelId}/messages/{messageId}", new { content = "edited" });
        var read = await _bot.GetAsync($"channels/{channelId}/messages/{messageId}");

        var error = await DiscordAssert.ErrorAsync(create, HttpStatusCode.Forbidden, 50013);
        Assert.Equal("Missing Permissions", error.GetProperty("message").GetString());
        await DiscordAssert.ErrorAsync(edit, HttpStatusCode.Forbidden, 50013);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task A_channel_the_bot_cannot_view_is_50001_missing_access()
    {
        var channelId = await _control.CreateChannelAsync(Seed.GuildA, "hidden", EmulatorClients.Overwrite(Seed.GuildA, 0, deny: Permissions.ViewChannel));

        var create = await _bot.PostAsJsonAsync($"channels/{channelId}/messages", new { content = "hello?" });
        var read = await _bot.GetAsync($"channels/{channelId}/messages/1");

        await DiscordAssert.ErrorAsync(create, HttpStatusCode.Forbidden, 50001);
        await DiscordAssert.ErrorAsync(read, HttpStatusCode.Forbidden, 50001);
    }

    [Fact]
    public async Task A_member_overwrite_for_the_bot_wins_over_the_everyone_deny()
    {
        var channelId = await _control.CreateChannelAsync(
            Seed.GuildA,
            "bot-only",
            EmulatorClients.Overwrite(Seed.GuildA, 0, deny: Permissions.ViewChannel | Permissions.SendMessages),
            EmulatorClients.Overwrite(Seed.ApplicationId, 1, allow: Permissions.ViewChannel | Permissions.SendMessages));

        var created = await _bot.PostMessageAsync(channelId, new { content = "only I can post here" });

        Assert.Equal(channelId, created.GetProperty("channel_id").GetString());
    }

    [Fact]
    public async Task Everyone_losing_send_messages_at_guild_level_is_50013_in_every_channel()
    {
        var channelId = await _control.CreateChannelAsync(Seed.GuildB, "guild-wide");
        (await _control.PatchAsJsonAsync($"/_emulator/guilds/{Seed.GuildB}/roles/{Seed.GuildB}", new
        {
            permissions = Permissions.Format(Permissions.ViewChannel | Permissions.ReadMessageHistory),
        })).EnsureSuccessStatusCode();

        var create = await _bot.PostAsJsonAsync($"channels/{channelId}/messages", new { content = "muted" });

        await DiscordAssert.ErrorAsync(create, HttpStatusCode.Forbidden, 50013);
    }
}
