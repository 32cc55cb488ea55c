using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

public sealed class ChannelMessagesTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>
{
    private readonly HttpClient _bot = emulator.CreateBotClient();
    private readonly HttpClient _control = emulator.CreateClient();

    [Fact]
    public async Task Created_edited_and_deleted_messages_are_visible_through_the_control_api()
    {
        var channelId = Seed.GuildAGameNight;
        var created = await _bot.PostMessageAsync(channelId, EmulatorClients.GameAnnouncement("round-trip"));
        var messageId = created.GetProperty("id").GetString();
        Assert.Equal(channelId, created.GetProperty("channel_id").GetString());
        Assert.Equal(Seed.ApplicationId, created.GetProperty("author").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("edited_timestamp").ValueKind);

        var listed = await ChannelMessageAsync(channelId, messageId!);
        Assert.Equal("Game night!", listed.GetProperty("content").GetString());
        Assert.Equal("Board games", listed.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal("join_game:round-trip", listed.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString());
        Assert.Equal(0, listed.GetProperty("edit_count").GetInt32());

        var edit = await _bot.PatchAsJsonAsync($"channels/{channelId}/messages/{messageId}", new { embeds = new[] { new { title = "Board games", description = "1/4" } } });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var edited = await ChannelMessageAsync(channelId, messageId!);
        Assert.Equal("1/4", edited.GetProperty("embeds")[0].GetProperty("description").GetString());
        Assert.Equal("Game night!", edited.GetProperty("content").GetString());
        Assert.Equal(1, edited.GetProperty("edit_count").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, edited.GetProperty("edited_timestamp").ValueKind);

        var deleted = await _bot.DeleteAsync($"channels/{channelId}/messages/{messageId}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var remaining = await _control.GetFromJsonAsync<JsonElement>($"/_emulator/channels/{channelId}/messages");
        Assert.DoesNotContain(remaining.EnumerateArray(), message => message.GetProperty("id").GetString() == messageId);
    }

    [Fact]
    public async Task Channel_messages_are_listed_oldest_first_and_readable_through_rest()
    {
        var channelId = await emulator.OpenFreshChannelAsync();
        var first = await _bot.PostMessageAsync(channelId, new { content = "first" });
        await _bot.PostMessageAsync(channelId, new { content = "second" });

        var listed = await _control.GetFromJsonAsync<JsonElement>($"/_emulator/channels/{channelId}/messages");
        var fetched = await _bot.GetFromJsonAsync<JsonElement>($"channels/{channelId}/messages/{first.GetProperty("id").GetString()}");

        Assert.Equal(["first", "second"], listed.EnumerateArray().Select(message => message.GetProperty("content").GetString()));
        Assert.Equal("first", fetched.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Editing_with_an_explicit_null_clears_that_field_and_keeps_the_others()
    {
        var channelId = await emulator.OpenFreshChannelAsync();
        var created = await _bot.PostMessageAsync(channelId, EmulatorClients.GameAnnouncement("null-edit"));

        using var body = new StringContent("{\"content\":null}", System.Text.Encoding.UTF8, "application/json");
        var edit = await _bot.PatchAsync($"channels/{channelId}/messages/{created.GetProperty("id").GetString()}", body);

        var edited = await edit.ReadJsonAsync();
        Assert.Equal("", edited.GetProperty("content").GetString());
        Assert.Equal(1, edited.GetProperty("components").GetArrayLength());
    }

    [Fact]
    public async Task Unknown_channel_and_message_answer_discord_error_codes()
    {
        var channelId = await emulator.OpenFreshChannelAsync();
        var unknownChannel = await _bot.PostAsJsonAsync("channels/42/messages", new { content = "hello" });
        var unknownMessage = await _bot.PatchAsJsonAsync($"channels/{channelId}/messages/42", new { content = "hello" });
        var unknownDelete = await _bot.DeleteAsync($"channels/{channelId}/messages/42");

        await DiscordAssert.ErrorAsync(unknownChannel, HttpStatusCode.NotFound, 10003);
        await DiscordAssert.ErrorAsync(unknownMessage, HttpStatusCode.NotFound, 10008);
        await DiscordAssert.ErrorAsync(unknownDelete, HttpStatusCode.NotFound, 10008);
    }

    [Fact]
    public async Task Content_over_2000_characters_is_an_invalid_form_body_naming_the_field()
    {
        var channelId = await emulator.OpenFreshChannelAsync();

        var response = await _bot.PostAsJsonAsync($"channels/{channelId}/messages", new { content = new string('x', 2001) });

        var error = await DiscordAssert.ErrorAsync(response, HttpStatusCode.BadRequest, 50035);
        var problem = error.GetProperty("errors").GetProperty("content").GetProperty("_errors")[0];
        Assert.Equal("BASE_TYPE_MAX_LENGTH", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Embed_limits_are_enforced_per_field()
    {
        var channelId = await emulator.OpenFreshChannelAsync();
        var fields = Enumerable.Range(0, 26).Select(index => new { name = $"n{index}", value = "v" }).ToArray();

        var tooManyFields = await _bot.PostAsJsonAsync($"channels/{channelId}/messages", new { embeds = new[] { new { title = "t", fields } } });
        var longFieldValue = await _bot.PostAsJsonAsync($"channels/{channelId}/messages",
            new { embeds = new[] { new { title = "t", fields = new[] { new { name = "n", value = new string('v', 1025) } } } } });

        var fieldsError = await DiscordAssert.ErrorAsync(tooManyFields, HttpStatusCode.BadRequest, 50035);
        Assert.True(fieldsError.GetProperty("errors").GetProperty("embeds").GetProperty("0").TryGetProperty("fields", out _));
        var valueError = await DiscordAssert.ErrorAsync(longFieldValue, HttpStatusCode.BadRequest, 50035);
        var valueProblem = valueError.GetProperty("errors").GetProperty("embeds").GetProperty("0").GetProperty("fields").GetProperty("0").GetProperty("value");
        Assert.Equal("BASE_TYPE_MAX_LENGTH", valueProblem.GetProperty("_errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Component_limits_are_enforced()
    {
        var channelId = await emulator.OpenFreshChannelAsync();
        object Button(int index, string? customId = null) => new { type = 2, style = 1, label = $"b{index}", custom_id = customId ?? $"button:{index}" };

        var sixButtons = await _bot.PostAsJsonAsync($"channels/{channelId}/messages",
            new { components = new[] { new { type = 1, components = Enumerable.Range(0, 6).Select(index => Button(index)).ToArray() } } });
        var sixRows = await _bot.PostAsJsonAsync($"channels/{channelId}/messages",
            new { components = Enumerable.Range(0, 6).Select(index => new { type = 1, components = new[] { Button(index) } }).ToArray() });
        var longCustomId = await _bot.PostAsJsonAsync($"channels/{channelId}/messages",
            new { components = new[] { new { type = 1, components = new[] { Button(0, new string('c', 101)) } } } });

        await DiscordAssert.ErrorAsync(sixButtons, HttpStatusCode.BadRequest, 50035);
        await DiscordAssert.ErrorAsync(sixRows, HttpStatusCode.BadRequest, 50035);
        var customIdError = await DiscordAssert.ErrorAsync(longCustomId, HttpStatusCode.BadRequest, 50035);
        Assert.True(customIdError.GetProperty("errors").GetProperty("components").GetProperty("0").GetProperty("components")
            .GetProperty("0").TryGetProperty("custom_id", out _));
    }

    [Fact]
    public async Task Empty_message_malformed_json_and_wrong_types_are_refused()
    {
        var channelId = await emulator.OpenFreshChannelAsync();
        using var malformed = new StringContent("{\"content\":", System.Text.Encoding.UTF8, "application/json");

        var empty = await _bot.PostAsJsonAsync($"channels/{channelId}/messages", new { content = "" });
        var invalidJson = await _bot.PostAsync($"channels/{channelId}/messages", malformed);
        var wrongType = await _bot.PostAsJsonAsync($"channels/{channelId}/messages", new { content = 5 });

        await DiscordAssert.ErrorAsync(empty, HttpStatusCode.BadRequest, 50006);
        await DiscordAssert.ErrorAsync(invalidJson, HttpStatusCode.BadRequest, 50109);
        var typeError = await DiscordAssert.ErrorAsync(wrongType, HttpStatusCode.BadRequest, 50035);
        Assert.True(typeError.GetProperty("errors").TryGetProperty("content", out _));
    }

    [Fact]
    public async Task Wrong_or_missing_bot_token_is_401_with_code_0()
    {
        using var impostor = emulator.CreateBotClient("not-the-token");
        using var anonymous = emulator.CreateClient();

        var wrongToken = await impostor.PostAsJsonAsync($"channels/{Seed.GuildAGeneral}/messages", new { content = "hi" });
        var noToken = await anonymous.GetAsync("/api/v10/gateway/bot");

        var error = await DiscordAssert.ErrorAsync(wrongToken, HttpStatusCode.Unauthorized, 0);
        Assert.Equal("401: Unauthorized", error.GetProperty("message").GetString());
        await DiscordAssert.ErrorAsync(noToken, HttpStatusCode.Unauthorized, 0);
    }

    [Fact]
    public async Task Direct_messages_are_recorded_per_user_and_refused_for_closed_dms()
    {
        var annaChannel = await emulator.OpenDirectMessageAsync(Seed.Anna);
        var daveChannel = await emulator.OpenDirectMessageAsync(Seed.Dave);

        var sent = await _bot.PostMessageAsync(annaChannel, new { content = "Your game starts in 1 hour" });
        var refused = await _bot.PostAsJsonAsync($"channels/{daveChannel}/messages", new { content = "Reminder" });

        var annaDms = await _control.GetFromJsonAsync<JsonElement>($"/_emulator/users/{Seed.Anna}/dms");
        Assert.Contains(annaDms.EnumerateArray(), message => message.GetProperty("id").GetString() == sent.GetProperty("id").GetString());
        var error = await DiscordAssert.ErrorAsync(refused, HttpStatusCode.Forbidden, 50007);
        Assert.Equal("Cannot send messages to this user", error.GetProperty("message").GetString());
        Assert.Empty((await _control.GetFromJsonAsync<JsonElement>($"/_emulator/users/{Seed.Dave}/dms")).EnumerateArray());
    }

    [Fact]
    public async Task Dm_channel_is_type_1_and_the_same_on_every_open()
    {
        using var bot = emulator.CreateBotClient();
        var first = await (await bot.PostAsJsonAsync("users/@me/channels", new { recipient_id = Seed.Carol })).ReadJsonAsync();
        var second = await (await bot.PostAsJsonAsync("users/@me/channels", new { recipient_id = Seed.Carol })).ReadJsonAsync();
        var unknown = await bot.PostAsJsonAsync("users/@me/channels", new { recipient_id = "42" });

        Assert.Equal(1, first.GetProperty("type").GetInt32());
        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal(Seed.Carol, first.GetProperty("recipients")[0].GetProperty("id").GetString());
        await DiscordAssert.ErrorAsync(unknown, HttpStatusCode.NotFound, 10013);
    }

    private async Task<JsonElement> ChannelMessageAsync(string channelId, string messageId)
    {
        var messages = await _control.GetFromJsonAsync<JsonElement>($"/_emulator/channels/{channelId}/messages");
        return messages.EnumerateArray().Single(message => message.GetProperty("id").GetString() == messageId);
    }
}
