using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

/// <summary>allowed_mentions: validated as Discord does, kept for the control API, and deciding a message's mention_roles.</summary>
public sealed class AllowedMentionsTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>
{
    private const string GameMaster = "1220000000000000001";
    private const string RaidLead = "1220000000000000002";

    private readonly HttpClient _bot = emulator.CreateBotClient();
    private readonly HttpClient _control = emulator.CreateClient();

    [Fact]
    public async Task Only_the_roles_allowed_to_ping_are_mention_roles_and_the_control_api_shows_what_the_bot_sent()
    {
        var channelId = await emulator.OpenFreshChannelAsync();

        var created = await _bot.PostMessageAsync(channelId, new
        {
            content = $"<@&{GameMaster}> <@&{RaidLead}>",
            allowed_mentions = new { parse = Array.Empty<string>(), roles = new[] { GameMaster } },
        });
        await _bot.PatchAsJsonAsync($"channels/{channelId}/messages/{created.GetProperty("id").GetString()}", new { content = $"<@&{RaidLead}> <@&{GameMaster}>" });

        Assert.Equal([GameMaster], created.GetProperty("mention_roles").EnumerateArray().Select(id => id.GetString()));
        var listed = Assert.Single((await _control.GetFromJsonAsync<JsonElement>($"/_emulator/channels/{channelId}/messages")).EnumerateArray());
        Assert.Equal([GameMaster], listed.GetProperty("mention_roles").EnumerateArray().Select(id => id.GetString()));
        Assert.Empty(listed.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.Equal([GameMaster], listed.GetProperty("allowed_mentions").GetProperty("roles").EnumerateArray().Select(id => id.GetString()));
    }

    [Fact]
    public async Task Without_allowed_mentions_every_mentioned_role_pings_and_none_are_shown_as_sent()
    {
        var channelId = await emulator.OpenFreshChannelAsync();

        await _bot.PostMessageAsync(channelId, new { content = $"<@&{RaidLead}>" });

        var listed = Assert.Single((await _control.GetFromJsonAsync<JsonElement>($"/_emulator/channels/{channelId}/messages")).EnumerateArray());
        Assert.Equal([RaidLead], listed.GetProperty("mention_roles").EnumerateArray().Select(id => id.GetString()));
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("allowed_mentions").ValueKind);
    }

    [Fact]
    public async Task Parsing_roles_while_naming_roles_or_an_unknown_parse_type_is_an_invalid_form_body()
    {
        var channelId = await emulator.OpenFreshChannelAsync();

        var exclusive = await _bot.PostAsJsonAsync($"channels/{channelId}/messages",
            new { content = "hi", allowed_mentions = new { parse = new[] { "roles" }, roles = new[] { GameMaster } } });
        var unknownType = await _bot.PostAsJsonAsync($"channels/{channelId}/messages",
            new { content = "hi", allowed_mentions = new { parse = new[] { "channels" } } });

        var exclusiveError = await DiscordAssert.ErrorAsync(exclusive, HttpStatusCode.BadRequest, 50035);
        Assert.Equal("MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
            exclusiveError.GetProperty("errors").GetProperty("allowed_mentions").GetProperty("_errors")[0].GetProperty("code").GetString());
        var typeError = await DiscordAssert.ErrorAsync(unknownType, HttpStatusCode.BadRequest, 50035);
        Assert.Equal("BASE_TYPE_CHOICES",
            typeError.GetProperty("errors").GetProperty("allowed_mentions").GetProperty("parse").GetProperty("0").GetProperty("_errors")[0].GetProperty("code").GetString());
    }
}
