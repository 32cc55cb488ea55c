using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

public sealed class MembershipTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>
{
    private readonly HttpClient _control = emulator.CreateClient();
    private readonly HttpClient _bot = emulator.CreateBotClient();

    [Fact]
    public async Task Removing_a_member_emits_guild_member_remove_and_drops_the_guild_from_their_guild_list()
    {
        var (gateway, _) = await GatewayTestClient.ConnectAsync(emulator.GatewayUri);
        await using var _1 = gateway;
        await gateway.IdentifyAndReadReadyAsync();
        var accessToken = await OAuthFlow.LogInAsync(_control, Seed.Carol);

        var removal = await _control.PostAsync($"/_emulator/guilds/{Seed.GuildB}/members/{Seed.Carol}/remove", null);
        var dispatched = (await gateway.ReceiveDispatchAsync("GUILD_MEMBER_REMOVE")).Data();
        var guilds = await OAuthFlow.GetAsUserAsync(_control, "/api/v10/users/@me/guilds", accessToken);
        var member = await _bot.GetAsync($"guilds/{Seed.GuildB}/members/{Seed.Carol}");
        var state = await _control.GetFromJsonAsync<JsonElement>("/_emulator/state");

        Assert.True(removal.IsSuccessStatusCode);
        Assert.Equal(Seed.GuildB, dispatched.GetProperty("guild_id").GetString());
        Assert.Equal(Seed.Carol, dispatched.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal([Seed.GuildA], guilds.EnumerateArray().Select(guild => guild.GetProperty("id").GetString()));
        await DiscordAssert.ErrorAsync(member, HttpStatusCode.NotFound, 10007);
        var carol = state.GetProperty("users").EnumerateArray().Single(user => user.GetProperty("id").GetString() == Seed.Carol);
        Assert.Equal([Seed.GuildA], carol.GetProperty("guild_ids").EnumerateArray().Select(id => id.GetString()));
    }

    [Fact]
    public async Task Removing_someone_who_is_not_a_member_is_a_404()
    {
        var response = await _control.PostAsync($"/_emulator/guilds/{Seed.GuildB}/members/{Seed.Anna}/remove", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Guild_routes_return_members_channels_and_roles_with_discord_errors_for_unknowns()
    {
        var member = await _bot.GetFromJsonAsync<JsonElement>($"guilds/{Seed.GuildA}/members/{Seed.Gina}");
        var page = await _bot.GetFromJsonAsync<JsonElement>($"guilds/{Seed.GuildA}/members?limit=2&after={Seed.AliceOwner}");
        var channels = await _bot.GetFromJsonAsync<JsonElement>($"guilds/{Seed.GuildB}/channels");
        var roles = await _bot.GetFromJsonAsync<JsonElement>($"guilds/{Seed.GuildB}/roles");
        var unknownGuild = await _bot.GetAsync("guilds/42/roles");
        var unknownUser = await _bot.GetAsync($"guilds/{Seed.GuildA}/members/42");
        var badLimit = await _bot.GetAsync($"guilds/{Seed.GuildA}/members?limit=1001");

        Assert.Equal([Seed.GameMasterRole], member.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal("gm_gina", member.GetProperty("user").GetProperty("username").GetString());
        Assert.Equal([Seed.Anna, Seed.Carol], page.EnumerateArray().Select(entry => entry.GetProperty("user").GetProperty("id").GetString()));
        Assert.Equal([Seed.GuildBGeneral, Seed.GuildBRaids], channels.EnumerateArray().Select(channel => channel.GetProperty("id").GetString()));
        Assert.Contains(roles.EnumerateArray(), role => role.GetProperty("name").GetString() == "Raid Lead");
        await DiscordAssert.ErrorAsync(unknownGuild, HttpStatusCode.NotFound, 10004);
        await DiscordAssert.ErrorAsync(unknownUser, HttpStatusCode.NotFound, 10013);
        await DiscordAssert.ErrorAsync(badLimit, HttpStatusCode.BadRequest, 50035);
    }

    [Fact]
    public async Task Adding_a_member_makes_the_guild_appear_for_that_user()
    {
        var created = await (await _control.PostAsJsonAsync("/_emulator/users", new { username = "newcomer", guild_ids = Array.Empty<string>() })).ReadJsonAsync();
        var userId = created.GetProperty("id").GetString()!;

        var added = await _control.PostAsync($"/_emulator/guilds/{Seed.GuildA}/members/{userId}/add", null);
        var accessToken = await OAuthFlow.LogInAsync(_control, userId);
        var guilds = await OAuthFlow.GetAsUserAsync(_control, "/api/v10/users/@me/guilds", accessToken);

        Assert.True(added.IsSuccessStatusCode);
        Assert.Equal([Seed.GuildA], guilds.EnumerateArray().Select(guild => guild.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Application_commands_are_overwritten_in_bulk_and_keep_their_ids()
    {
        var first = await (await _bot.PutAsJsonAsync($"applications/{Seed.ApplicationId}/commands",
            new[] { new { name = "games", description = "List games" }, new { name = "help", description = "Help" } })).ReadJsonAsync();
        var second = await (await _bot.PutAsJsonAsync($"applications/{Seed.ApplicationId}/commands",
            new[] { new { name = "games", description = "List upcoming games" } })).ReadJsonAsync();
        var invalid = await _bot.PutAsJsonAsync($"applications/{Seed.ApplicationId}/commands", new[] { new { name = "Bad Name", description = "x" } });

        Assert.Equal(first[0].GetProperty("id").GetString(), second[0].GetProperty("id").GetString());
        Assert.Equal(1, second.GetArrayLength());
        Assert.Equal("List upcoming games", second[0].GetProperty("description").GetString());
        await DiscordAssert.ErrorAsync(invalid, HttpStatusCode.BadRequest, 50035);
    }
}
