using GameScheduler.DiscordEmulator.State;
using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

public sealed class GuildChannelsControlTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>
{
    private readonly HttpClient _control = emulator.CreateClient();
    private readonly HttpClient _bot = emulator.CreateBotClient();

    [Fact]
    public async Task Creating_a_channel_answers_discords_channel_object_dispatches_channel_create_and_shows_in_state()
    {
        await using var gateway = await GatewayTestClient.ConnectIdentifiedAsync(emulator.GatewayUri);

        var response = await _control.PostAsJsonAsync($"/_emulator/guilds/{Seed.GuildA}/channels", new
        {
            name = "gm-only",
            type = 0,
            permission_overwrites = new[]
            {
                EmulatorClients.Overwrite(Seed.GuildA, 0, deny: Permissions.ViewChannel),
                EmulatorClients.Overwrite(Seed.GameMasterRole, 0, allow: Permissions.ViewChannel),
            },
        });
        var dispatched = (await gateway.ReceiveDispatchAsync("CHANNEL_CREATE")).Data();
        var state = await _control.GetFromJsonAsync<JsonElement>("/_emulator/state");
        var listed = await _bot.GetFromJsonAsync<JsonElement>($"guilds/{Seed.GuildA}/channels");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var channel = await response.ReadJsonAsync();
        var channelId = channel.GetProperty("id").GetString();
        Assert.Equal(Seed.GuildA, channel.GetProperty("guild_id").GetString());
        Assert.Equal("gm-only", channel.GetProperty("name").GetString());
        Assert.Equal(0, channel.GetProperty("type").GetInt32());
        var everyone = channel.GetProperty("permission_overwrites")[0];
        Assert.Equal(["allow", "deny", "id", "type"], everyone.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal((Seed.GuildA, 0, "0", "1024"), (everyone.GetProperty("id").GetString(), everyone.GetProperty("type").GetInt32(),
            everyone.GetProperty("allow").GetString(), everyone.GetProperty("deny").GetString()));
        Assert.Equal(channel.ToString(), dispatched.ToString());
        var stateChannel = StateChannel(state, channelId!);
        Assert.Equal(["id", "name", "permission_overwrites", "type"], stateChannel.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal("1024", stateChannel.GetProperty("permission_overwrites")[1].GetProperty("allow").GetString());
        Assert.Contains(listed.EnumerateArray(), entry => entry.GetProperty("id").GetString() == channelId);
    }

    [Fact]
    public async Task Patching_a_channel_renames_it_or_replaces_its_overwrites_and_dispatches_channel_update()
    {
        var channelId = await _control.CreateChannelAsync(Seed.GuildA, "to-edit", EmulatorClients.Overwrite(Seed.GuildA, 0, deny: Permissions.SendMessages));
        await using var gateway = await GatewayTestClient.ConnectIdentifiedAsync(emulator.GatewayUri);

        var renamed = await _control.PatchAsJsonAsync($"/_emulator/channels/{channelId}", new { name = "renamed" });
        var renameEvent = (await gateway.ReceiveDispatchAsync("CHANNEL_UPDATE")).Data();
        var reopened = await _control.PatchAsJsonAsync($"/_emulator/channels/{channelId}", new { permission_overwrites = Array.Empty<object>() });
        var reopenEvent = (await gateway.ReceiveDispatchAsync("CHANNEL_UPDATE")).Data();

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("renamed", renameEvent.GetProperty("name").GetString());
        Assert.Equal("2048", renameEvent.GetProperty("permission_overwrites")[0].GetProperty("deny").GetString());
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Equal("renamed", (await reopened.ReadJsonAsync()).GetProperty("name").GetString());
        Assert.Equal(channelId, reopenEvent.GetProperty("id").GetString());
        Assert.Equal(0, reopenEvent.GetProperty("permission_overwrites").GetArrayLength());
    }

    [Fact]
    public async Task Deleting_a_channel_answers_204_dispatches_channel_delete_and_the_channel_is_unknown_afterwards()
    {
        var channelId = await _control.CreateChannelAsync(Seed.GuildB, "short-lived");
        await using var gateway = await GatewayTestClient.ConnectIdentifiedAsync(emulator.GatewayUri);

        var deleted = await _control.DeleteAsync($"/_emulator/channels/{channelId}");
        var dispatched = (await gateway.ReceiveDispatchAsync("CHANNEL_DELETE")).Data();
        var post = await _bot.PostAsJsonAsync($"channels/{channelId}/messages", new { content = "anyone?" });
        var again = await _control.DeleteAsync($"/_emulator/channels/{channelId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal((channelId, Seed.GuildB), (dispatched.GetProperty("id").GetString(), dispatched.GetProperty("guild_id").GetString()));
        await DiscordAssert.ErrorAsync(post, HttpStatusCode.NotFound, 10003);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Unknown_guilds_and_channels_are_404_problems()
    {
        var dmChannelId = await emulator.OpenFreshChannelAsync();

        var responses = new[]
        {
            await _control.PostAsJsonAsync("/_emulator/guilds/42/channels", new { name = "lost" }),
            await _control.PatchAsJsonAsync("/_emulator/channels/42", new { name = "lost" }),
            await _control.PatchAsJsonAsync($"/_emulator/channels/{dmChannelId}", new { name = "not-a-guild-channel" }),
            await _control.DeleteAsync("/_emulator/channels/42"),
        };

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
        Assert.All(responses, response => Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType));
    }

    [Theory]
    [InlineData("{\"type\":0}")]
    [InlineData("{\"name\":\"\"}")]
    [InlineData("{\"name\":\"voice\",\"type\":2}")]
    [InlineData("{\"name\":\"x\",\"permission_overwrites\":[{\"id\":\"1200000000000000001\",\"type\":0,\"allow\":\"abc\",\"deny\":\"0\"}]}")]
    [InlineData("{\"name\":\"x\",\"permission_overwrites\":[{\"id\":\"1200000000000000001\",\"type\":0,\"allow\":\"0\",\"deny\":\"-1\"}]}")]
    [InlineData("{\"name\":\"x\",\"permission_overwrites\":[{\"id\":\"1200000000000000001\",\"type\":2,\"allow\":\"0\",\"deny\":\"0\"}]}")]
    [InlineData("{\"name\":\"x\",\"permission_overwrites\":[{\"id\":\"1220000000000000002\",\"type\":0,\"allow\":\"0\",\"deny\":\"0\"}]}")]
    [InlineData("{\"name\":\"x\",\"permission_overwrites\":[{\"id\":\"42\",\"type\":1,\"allow\":\"0\",\"deny\":\"0\"}]}")]
    [InlineData("{\"name\":\"x\",\"permission_overwrites\":[{\"id\":\"1200000000000000001\",\"type\":0,\"allow\":1024}]}")]
    public async Task Invalid_channels_are_400_problems(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await _control.PostAsync($"/_emulator/guilds/{Seed.GuildA}/channels", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Guild_create_carries_channel_overwrites_and_role_permissions()
    {
        var channelId = await _control.CreateChannelAsync(Seed.GuildA, "announcements", EmulatorClients.Overwrite(Seed.GuildA, 0, deny: Permissions.SendMessages));
        await using var gateway = await GatewayTestClient.ConnectIdentifiedAsync(emulator.GatewayUri);
        var guildA = (await gateway.ReceiveDispatchAsync("GUILD_CREATE")).Data();

        var channel = guildA.GetProperty("channels").EnumerateArray().Single(entry => entry.GetProperty("id").GetString() == channelId);
        Assert.Equal("2048", channel.GetProperty("permission_overwrites")[0].GetProperty("deny").GetString());
        var general = guildA.GetProperty("channels").EnumerateArray().Single(entry => entry.GetProperty("id").GetString() == Seed.GuildAGeneral);
        Assert.Equal(0, general.GetProperty("permission_overwrites").GetArrayLength());
        var gameMaster = guildA.GetProperty("roles").EnumerateArray().Single(role => role.GetProperty("id").GetString() == Seed.GameMasterRole);
        Assert.Equal("32", gameMaster.GetProperty("permissions").GetString());
    }

    [Fact]
    public async Task Without_the_guilds_intent_channel_events_are_not_dispatched()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = gateway;
        await gateway.IdentifyAsync(intents: 1 << 1);
        await gateway.ReceiveDispatchAsync("READY");

        await _control.CreateChannelAsync(Seed.GuildA, "unseen");
        await _control.PostAsJsonAsync("/_emulator/users", new { username = "seen", guild_ids = new[] { Seed.GuildA } });
        var next = await gateway.ReceiveAsync();

        Assert.Equal("GUILD_MEMBER_ADD", next.EventName());
    }

    private static JsonElement StateChannel(JsonElement state, string channelId) =>
        state.GetProperty("guilds").EnumerateArray()
            .SelectMany(guild => guild.GetProperty("channels").EnumerateArray())
            .Single(channel => channel.GetProperty("id").GetString() == channelId);
}
