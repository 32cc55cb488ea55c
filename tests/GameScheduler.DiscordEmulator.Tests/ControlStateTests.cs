using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

public sealed class ControlStateTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>
{
    private readonly HttpClient _control = emulator.CreateClient();

    [Fact]
    public async Task State_lists_the_seeded_guilds_channels_roles_users_and_application_with_the_contract_keys()
    {
        var state = await _control.GetFromJsonAsync<JsonElement>("/_emulator/state");

        var guildA = state.GetProperty("guilds").EnumerateArray().Single(guild => guild.GetProperty("id").GetString() == Seed.GuildA);
        Assert.Equal("Guild A", guildA.GetProperty("name").GetString());
        Assert.Equal(Seed.AliceOwner, guildA.GetProperty("owner_id").GetString());
        var channel = guildA.GetProperty("channels").EnumerateArray().First();
        Assert.Equal(["id", "name", "permission_overwrites", "type"], channel.EnumerateObject().Select(property => property.Name).Order());
        Assert.Contains(guildA.GetProperty("channels").EnumerateArray(), c => c.GetProperty("name").GetString() == "game-night");
        var gameMaster = guildA.GetProperty("roles").EnumerateArray().Single(role => role.GetProperty("id").GetString() == Seed.GameMasterRole);
        Assert.Equal("32", gameMaster.GetProperty("permissions").GetString());
        Assert.Equal("Game Master", gameMaster.GetProperty("name").GetString());

        var carol = state.GetProperty("users").EnumerateArray().Single(user => user.GetProperty("id").GetString() == Seed.Carol);
        Assert.Equal("carol", carol.GetProperty("username").GetString());
        Assert.Equal([Seed.GuildA, Seed.GuildB], carol.GetProperty("guild_ids").EnumerateArray().Select(id => id.GetString()));

        var application = state.GetProperty("application");
        Assert.Equal(Seed.ApplicationId, application.GetProperty("id").GetString());
        Assert.Equal(Seed.ApplicationId, application.GetProperty("bot_user_id").GetString());
    }

    [Fact]
    public async Task Seed_has_users_in_one_guild_in_the_other_and_in_both()
    {
        var state = await _control.GetFromJsonAsync<JsonElement>("/_emulator/state");
        var memberships = state.GetProperty("users").EnumerateArray().ToDictionary(
            user => user.GetProperty("username").GetString()!,
            user => user.GetProperty("guild_ids").EnumerateArray().Select(id => id.GetString()!).ToArray());

        Assert.Equal([Seed.GuildA], memberships["anna"]);
        Assert.Equal([Seed.GuildB], memberships["ben"]);
        Assert.Equal([Seed.GuildA, Seed.GuildB], memberships["carol"]);
        Assert.DoesNotContain("GameScheduler", memberships.Keys);
    }

    [Fact]
    public async Task Created_user_joins_the_requested_guilds_and_appears_in_state()
    {
        var response = await _control.PostAsJsonAsync("/_emulator/users", new { username = "new_player", guild_ids = new[] { Seed.GuildB } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        Assert.Equal("new_player", created.GetProperty("username").GetString());
        Assert.Equal([Seed.GuildB], created.GetProperty("guild_ids").EnumerateArray().Select(guildId => guildId.GetString()));
        var state = await _control.GetFromJsonAsync<JsonElement>("/_emulator/state");
        Assert.Contains(state.GetProperty("users").EnumerateArray(), user => user.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Creating_a_user_in_an_unknown_guild_is_a_404_and_without_a_username_a_400()
    {
        var unknownGuild = await _control.PostAsJsonAsync("/_emulator/users", new { username = "lost", guild_ids = new[] { "999" } });
        var noName = await _control.PostAsJsonAsync("/_emulator/users", new { guild_ids = new[] { Seed.GuildA } });

        Assert.Equal(HttpStatusCode.NotFound, unknownGuild.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Equal("application/problem+json", noName.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Control_api_answers_problem_details_for_unknown_channels_users_and_malformed_json()
    {
        var unknownChannel = await _control.GetAsync("/_emulator/channels/42/messages");
        var unknownUser = await _control.GetAsync("/_emulator/users/42/dms");
        using var malformed = new StringContent("{\"username\":", System.Text.Encoding.UTF8, "application/json");
        var badJson = await _control.PostAsync("/_emulator/users", malformed);

        Assert.Equal(HttpStatusCode.NotFound, unknownChannel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownUser.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal("application/problem+json", badJson.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Web_ui_is_served_at_the_root()
    {
        var page = await _control.GetStringAsync("/");

        Assert.Contains("<script", page, StringComparison.Ordinal);
    }
}
