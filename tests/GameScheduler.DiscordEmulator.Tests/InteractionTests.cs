using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

/// <summary>The test plays the bot: it holds a gateway session and answers interactions through REST.</summary>
public sealed class InteractionTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>, IAsyncLifetime
{
    private const string InteractionIdHeader = "X-Emulator-Interaction-Id";

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
    public async Task Clicking_a_button_dispatches_the_interaction_and_returns_the_bots_ephemeral_reply()
    {
        var message = await _bot.PostMessageAsync(Seed.GuildAGeneral, EmulatorClients.GameAnnouncement("g1"));
        var messageId = message.GetProperty("id").GetString();

        var click = ClickAsync(Seed.Anna, Seed.GuildAGeneral, messageId!, "join_game:g1");
        var interaction = (await _gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).Data();
        var callback = await RespondAsync(interaction, new { type = 4, data = new { content = "You joined Board games.", flags = 64 } });
        var response = await click.WaitAsync(GatewayTestClient.Timeout);

        Assert.Equal(3, interaction.GetProperty("type").GetInt32());
        Assert.Equal("join_game:g1", interaction.GetProperty("data").GetProperty("custom_id").GetString());
        Assert.Equal(2, interaction.GetProperty("data").GetProperty("component_type").GetInt32());
        Assert.Equal(Seed.GuildA, interaction.GetProperty("guild_id").GetString());
        Assert.Equal(Seed.GuildAGeneral, interaction.GetProperty("channel_id").GetString());
        Assert.Equal(Seed.GuildAGeneral, interaction.GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal(Seed.Anna, interaction.GetProperty("member").GetProperty("user").GetProperty("id").GetString());
        Assert.Equal("2147601473", interaction.GetProperty("member").GetProperty("permissions").GetString());
        Assert.Equal(messageId, interaction.GetProperty("message").GetProperty("id").GetString());
        Assert.Equal(Seed.ApplicationId, interaction.GetProperty("application_id").GetString());
        Assert.Equal(1, interaction.GetProperty("version").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, callback.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal("You joined Board games.", body.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());

        var interactionId = interaction.GetProperty("id").GetString();
        Assert.Equal(interactionId, response.Headers.GetValues(InteractionIdHeader).Single());
        var record = await _control.GetFromJsonAsync<JsonElement>($"/_emulator/interactions/{interactionId}");
        Assert.Equal(64, record.GetProperty("original").GetProperty("flags").GetInt32());
        var channelMessages = await _control.GetFromJsonAsync<JsonElement>($"/_emulator/channels/{Seed.GuildAGeneral}/messages");
        Assert.DoesNotContain(channelMessages.EnumerateArray(), listed => listed.GetProperty("content").GetString() == "You joined Board games.");
    }

    [Fact]
    public async Task A_second_callback_is_already_acknowledged_and_deferred_updates_can_edit_the_message()
    {
        var message = await _bot.PostMessageAsync(Seed.GuildBGeneral, EmulatorClients.GameAnnouncement("g3"));
        var messageId = message.GetProperty("id").GetString()!;

        var click = ClickAsync(Seed.Ben, Seed.GuildBGeneral, messageId, "join_game:g3");
        var interaction = (await _gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).Data();
        var deferred = await RespondAsync(interaction, new { type = 6 });
        var second = await RespondAsync(interaction, new { type = 4, data = new { content = "again" } });
        var response = await click.WaitAsync(GatewayTestClient.Timeout);
        var token = interaction.GetProperty("token").GetString();
        var edit = await _bot.PatchAsJsonAsync($"webhooks/{Seed.ApplicationId}/{token}/messages/@original", new { content = "Ben joined" });

        Assert.Equal(HttpStatusCode.NoContent, deferred.StatusCode);
        await DiscordAssert.ErrorAsync(second, HttpStatusCode.BadRequest, 40060);
        Assert.Equal(6, (await response.ReadJsonAsync()).GetProperty("type").GetInt32());
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var messages = await _control.GetFromJsonAsync<JsonElement>($"/_emulator/channels/{Seed.GuildBGeneral}/messages");
        var announcement = messages.EnumerateArray().Single(listed => listed.GetProperty("id").GetString() == messageId);
        Assert.Equal("Ben joined", announcement.GetProperty("content").GetString());
        Assert.Equal(1, announcement.GetProperty("edit_count").GetInt32());
    }

    [Fact]
    public async Task Update_message_callback_edits_the_clicked_message_in_place()
    {
        var message = await _bot.PostMessageAsync(Seed.GuildBRaids, EmulatorClients.GameAnnouncement("g4"));
        var messageId = message.GetProperty("id").GetString()!;

        var click = ClickAsync(Seed.Carol, Seed.GuildBRaids, messageId, "leave_game:g4");
        var interaction = (await _gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).Data();
        await RespondAsync(interaction, new { type = 7, data = new { embeds = new[] { new { title = "Raid", description = "0/4" } } } });
        await click.WaitAsync(GatewayTestClient.Timeout);

        var messages = await _control.GetFromJsonAsync<JsonElement>($"/_emulator/channels/{Seed.GuildBRaids}/messages");
        var updated = messages.EnumerateArray().Single(listed => listed.GetProperty("id").GetString() == messageId);
        Assert.Equal("0/4", updated.GetProperty("embeds")[0].GetProperty("description").GetString());
        Assert.Equal("Game night!", updated.GetProperty("content").GetString());
        Assert.Equal(1, updated.GetProperty("edit_count").GetInt32());
    }

    [Fact]
    public async Task Slash_command_with_a_deferred_reply_then_original_edit_and_follow_up()
    {
        var registered = await _bot.PutAsJsonAsync($"applications/{Seed.ApplicationId}/guilds/{Seed.GuildA}/commands",
            new[] { new { name = "games", description = "List upcoming games", type = 1 } });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var commandId = (await registered.ReadJsonAsync())[0].GetProperty("id").GetString();

        var run = _control.PostAsJsonAsync("/_emulator/interactions", new
        {
            type = "command",
            user_id = Seed.Gina,
            channel_id = Seed.GuildAGeneral,
            name = "games",
            options = new[] { new { name = "when", type = 3, value = "this week" } },
        });
        var interaction = (await _gateway.ReceiveDispatchAsync("INTERACTION_CREATE")).Data();
        await RespondAsync(interaction, new { type = 5, data = new { flags = 64 } });
        var response = await run.WaitAsync(GatewayTestClient.Timeout);
        var token = interaction.GetProperty("token").GetString();
        var edited = await _bot.PatchAsJsonAsync($"webhooks/{Seed.ApplicationId}/{token}/messages/@original", new { content = "No games this week." });
        var followup = await _bot.PostAsJsonAsync($"webhooks/{Seed.ApplicationId}/{token}", new { content = "Create one on the dashboard.", flags = 64 });

        Assert.Equal(2, interaction.GetProperty("type").GetInt32());
        Assert.Equal("games", interaction.GetProperty("data").GetProperty("name").GetString());
        Assert.Equal(commandId, interaction.GetProperty("data").GetProperty("id").GetString());
        Assert.Equal("this week", interaction.GetProperty("data").GetProperty("options")[0].GetProperty("value").GetString());
        Assert.Equal([Seed.GameMasterRole], interaction.GetProperty("member").GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal(5, (await response.ReadJsonAsync()).GetProperty("type").GetInt32());
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, followup.StatusCode);

        var record = await _control.GetFromJsonAsync<JsonElement>($"/_emulator/interactions/{interaction.GetProperty("id").GetString()}");
        Assert.Equal(5, record.GetProperty("callback").GetProperty("type").GetInt32());
        Assert.Equal("No games this week.", record.GetProperty("original").GetProperty("content").GetString());
        Assert.Equal(64, record.GetProperty("original").GetProperty("flags").GetInt32());
        Assert.Equal("Create one on the dashboard.", record.GetProperty("followups")[0].GetProperty("content").GetString());
    }

    [Fact]
    public async Task Unknown_user_channel_or_message_is_404_and_a_non_member_is_403()
    {
        var unknownUser = await ClickAsync("42", Seed.GuildAGeneral, "1", "join_game:x");
        var unknownChannel = await ClickAsync(Seed.Anna, "42", "1", "join_game:x");
        var unknownMessage = await ClickAsync(Seed.Anna, Seed.GuildAGeneral, "42", "join_game:x");
        var notMember = await ClickAsync(Seed.Ben, Seed.GuildAGeneral, "42", "join_game:x");

        Assert.Equal(HttpStatusCode.NotFound, unknownUser.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownChannel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownMessage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notMember.StatusCode);
    }

    [Fact]
    public async Task Webhooks_need_an_acknowledged_interaction_and_the_right_application()
    {
        var wrongApplication = await _bot.PostAsJsonAsync("webhooks/42/some-token", new { content = "hi" });
        var unknownToken = await _bot.GetAsync($"webhooks/{Seed.ApplicationId}/some-token/messages/@original");

        await DiscordAssert.ErrorAsync(wrongApplication, HttpStatusCode.NotFound, 10015);
        await DiscordAssert.ErrorAsync(unknownToken, HttpStatusCode.NotFound, 10015);
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

    private Task<HttpResponseMessage> RespondAsync(JsonElement interaction, object callback) =>
        _bot.PostAsJsonAsync(
            $"interactions/{interaction.GetProperty("id").GetString()}/{interaction.GetProperty("token").GetString()}/callback",
            callback);
}
