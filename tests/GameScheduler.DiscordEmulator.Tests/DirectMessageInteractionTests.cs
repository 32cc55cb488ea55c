using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

/// <summary>Buttons on a message the bot sent to a user's DMs: only that user can click them, and the click comes from no guild.</summary>
public sealed class DirectMessageInteractionTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>, IAsyncLifetime
{
    private readonly HttpClient _bot = emulator.CreateBotClient();
    private readonly HttpClient _control = emulator.CreateClient();
    private GatewayTestClient _gateway = null!;

    public async Task InitializeAsync()
    {
        (_gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await _gateway.IdentifyAndReadReadyAsync();
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task A_click_in_the_users_dm_channel_is_dispatched_with_the_user_and_no_guild_or_member()
    {
        var player = await CreateUserAsync("dm_player");
        var dm = await DmWithButtonsAsync(player, "g1");

        var click = ClickAsync(player, dm.ChannelId, dm.MessageId, "confirm_game:g1");
        var interaction = (await _gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).Data();
        await RespondAsync(interaction, new { type = 4, data = new { content = "You're still in.", flags = 64 } });
        var response = await click.WaitAsync(GatewayTestClient.Timeout);

        Assert.Equal(3, interaction.GetProperty("type").GetInt32());
        Assert.Equal("confirm_game:g1", interaction.GetProperty("data").GetProperty("custom_id").GetString());
        Assert.False(interaction.TryGetProperty("guild_id", out _));
        Assert.False(interaction.TryGetProperty("member", out _));
        Assert.False(interaction.TryGetProperty("guild_locale", out _));
        Assert.Equal(player, interaction.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(dm.ChannelId, interaction.GetProperty("channel_id").GetString());
        Assert.Equal(1, interaction.GetProperty("channel").GetProperty("type").GetInt32());
        Assert.Equal(1, interaction.GetProperty("context").GetInt32());
        Assert.Equal("0", interaction.GetProperty("authorizing_integration_owners").GetProperty("0").GetString());
        Assert.Equal(dm.MessageId, interaction.GetProperty("message").GetProperty("id").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("You're still in.", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("content").GetString());
        var record = await _control.GetFromJsonAsync<JsonElement>($"/_emulator/interactions/{interaction.GetProperty("id").GetString()}");
        var original = record.GetProperty("original");
        Assert.Equal(dm.ChannelId, original.GetProperty("channel_id").GetString());
        Assert.Equal(player, original.GetProperty("interaction_metadata").GetProperty("user").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_click_in_someone_elses_dm_channel_is_refused_and_never_reaches_the_bot()
    {
        var player = await CreateUserAsync("dm_owner");
        var stranger = await CreateUserAsync("dm_stranger");
        var dm = await DmWithButtonsAsync(player, "g2");

        var refused = await ClickAsync(stranger, dm.ChannelId, dm.MessageId, "drop_game:g2");
        var command = await _control.PostAsJsonAsync("/_emulator/interactions", new { type = "command", user_id = player, channel_id = dm.ChannelId, name = "games" });
        var allowed = ClickAsync(player, dm.ChannelId, dm.MessageId, "confirm_game:g2");
        var interaction = (await _gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).Data();
        await RespondAsync(interaction, new { type = 6 });
        await allowed.WaitAsync(GatewayTestClient.Timeout);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, command.StatusCode);
        Assert.Equal(player, interaction.GetProperty("user").GetProperty("id").GetString());
    }

    private async Task<string> CreateUserAsync(string username)
    {
        var created = await _control.PostAsJsonAsync("/_emulator/users", new { username, guild_ids = Array.Empty<string>() });
        return (await created.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>The bot DMs the user a message with two buttons; the ids are read back as a test sees them, from the user's DMs.</summary>
    private async Task<(string ChannelId, string MessageId)> DmWithButtonsAsync(string userId, string gameId)
    {
        await _bot.PostMessageAsync(await emulator.OpenDirectMessageAsync(userId), new
        {
            content = "Still playing next week?",
            components = new[]
            {
                new
                {
                    type = 1,
                    components = new[]
                    {
                        new { type = 2, style = 3, label = "Still in", custom_id = $"confirm_game:{gameId}" },
                        new { type = 2, style = 4, label = "Drop", custom_id = $"drop_game:{gameId}" },
                    },
                },
            },
        });
        var dm = Assert.Single((await _control.GetFromJsonAsync<JsonElement>($"/_emulator/users/{userId}/dms")).EnumerateArray());
        return (dm.GetProperty("channel_id").GetString()!, dm.GetProperty("id").GetString()!);
    }

    private Task<HttpResponseMessage> ClickAsync(string userId, string channelId, string messageId, string customId) =>
        _control.PostAsJsonAsync("/_emulator/interactions", new
        {
            type = "component",
            user_id = userId,
            channel_id = channelId,
            message_id = messageId,
            custom_id = customId,
        });

    private async Task RespondAsync(JsonElement interaction, object callback)
    {
        var response = await _bot.PostAsJsonAsync(
            $"interactions/{interaction.GetProperty("id").GetString()}/{interaction.GetProperty("token").GetString()}/callback",
            callback);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
