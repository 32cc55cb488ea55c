using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

public sealed class RolesControlTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>
{
    private readonly HttpClient _control = emulator.CreateClient();
    private readonly HttpClient _bot = emulator.CreateBotClient();

    [Fact]
    public async Task Creating_a_role_answers_discords_role_object_and_dispatches_guild_role_create()
    {
        await using var gateway = await GatewayTestClient.ConnectIdentifiedAsync(emulator.GatewayUri);

        var response = await _control.PostAsJsonAsync($"/_emulator/guilds/{Seed.GuildA}/roles", new { name = "Players", permissions = "2048" });
        var dispatched = (await gateway.ReceiveDispatchAsync("GUILD_ROLE_CREATE")).Data();
        var state = await _control.GetFromJsonAsync<JsonElement>("/_emulator/state");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var role = await response.ReadJsonAsync();
        var roleId = role.GetProperty("id").GetString()!;
        Assert.Equal("Players", role.GetProperty("name").GetString());
        Assert.Equal("2048", role.GetProperty("permissions").GetString());
        Assert.Equal(JsonValueKind.Number, role.GetProperty("position").ValueKind);
        Assert.Equal(0, role.GetProperty("color").GetInt32());
        Assert.False(role.GetProperty("hoist").GetBoolean());
        Assert.False(role.GetProperty("managed").GetBoolean());
        Assert.False(role.GetProperty("mentionable").GetBoolean());
        Assert.Equal(["guild_id", "role"], dispatched.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal(Seed.GuildA, dispatched.GetProperty("guild_id").GetString());
        Assert.Equal(role.ToString(), dispatched.GetProperty("role").ToString());
        Assert.Equal("2048", StateRole(state, roleId).GetProperty("permissions").GetString());
    }

    [Fact]
    public async Task A_role_without_name_or_permissions_gets_discords_defaults()
    {
        var response = await _control.PostAsJsonAsync($"/_emulator/guilds/{Seed.GuildB}/roles", new { });

        var role = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("new role", role.GetProperty("name").GetString());
        Assert.Equal("2147601473", role.GetProperty("permissions").GetString());
    }

    [Fact]
    public async Task Patching_a_role_changes_the_given_fields_and_dispatches_guild_role_update()
    {
        var roleId = (await (await _control.PostAsJsonAsync($"/_emulator/guilds/{Seed.GuildA}/roles", new { name = "Hosts", permissions = "0" })).ReadJsonAsync())
            .GetProperty("id").GetString()!;
        await using var gateway = await GatewayTestClient.ConnectIdentifiedAsync(emulator.GatewayUri);

        var response = await _control.PatchAsJsonAsync($"/_emulator/guilds/{Seed.GuildA}/roles/{roleId}", new { permissions = "32" });
        var dispatched = (await gateway.ReceiveDispatchAsync("GUILD_ROLE_UPDATE")).Data();
        var roles = await _bot.GetFromJsonAsync<JsonElement>($"guilds/{Seed.GuildA}/roles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("Hosts", "32"), (dispatched.GetProperty("role").GetProperty("name").GetString(), dispatched.GetProperty("role").GetProperty("permissions").GetString()));
        Assert.Equal(roleId, dispatched.GetProperty("role").GetProperty("id").GetString());
        Assert.Contains(roles.EnumerateArray(), role => role.GetProperty("id").GetString() == roleId && role.GetProperty("permissions").GetString() == "32");
    }

    [Fact]
    public async Task Deleting_a_role_dispatches_guild_role_delete_and_takes_it_from_its_members()
    {
        var roleId = (await (await _control.PostAsJsonAsync($"/_emulator/guilds/{Seed.GuildA}/roles", new { name = "Temporary" })).ReadJsonAsync())
            .GetProperty("id").GetString()!;
        var holder = await (await _control.PostAsJsonAsync("/_emulator/users", new { username = "holder", guild_ids = new[] { Seed.GuildA } })).ReadJsonAsync();
        var holderId = holder.GetProperty("id").GetString()!;
        (await _control.PutAsJsonAsync($"/_emulator/guilds/{Seed.GuildA}/members/{holderId}/roles", new { role_ids = new[] { roleId, Seed.GameMasterRole } })).EnsureSuccessStatusCode();
        await using var gateway = await GatewayTestClient.ConnectIdentifiedAsync(emulator.GatewayUri);

        var response = await _control.DeleteAsync($"/_emulator/guilds/{Seed.GuildA}/roles/{roleId}");
        var dispatched = (await gateway.ReceiveDispatchAsync("GUILD_ROLE_DELETE")).Data();
        var member = await _bot.GetFromJsonAsync<JsonElement>($"guilds/{Seed.GuildA}/members/{holderId}");
        var state = await _control.GetFromJsonAsync<JsonElement>("/_emulator/state");
        var again = await _control.DeleteAsync($"/_emulator/guilds/{Seed.GuildA}/roles/{roleId}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["guild_id", "role_id"], dispatched.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal((Seed.GuildA, roleId), (dispatched.GetProperty("guild_id").GetString(), dispatched.GetProperty("role_id").GetString()));
        Assert.Equal([Seed.GameMasterRole], member.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.DoesNotContain(state.GetProperty("guilds").EnumerateArray().SelectMany(guild => guild.GetProperty("roles").EnumerateArray()),
            role => role.GetProperty("id").GetString() == roleId);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Unknown_guilds_and_roles_are_404_problems()
    {
        var responses = new[]
        {
            await _control.PostAsJsonAsync("/_emulator/guilds/42/roles", new { name = "lost" }),
            await _control.PatchAsJsonAsync($"/_emulator/guilds/{Seed.GuildA}/roles/42", new { name = "lost" }),
            await _control.PatchAsJsonAsync($"/_emulator/guilds/42/roles/{Seed.GameMasterRole}", new { name = "lost" }),
            await _control.PatchAsJsonAsync($"/_emulator/guilds/{Seed.GuildB}/roles/{Seed.GameMasterRole}", new { name = "other guild" }),
            await _control.DeleteAsync($"/_emulator/guilds/{Seed.GuildA}/roles/42"),
            await _control.DeleteAsync($"/_emulator/guilds/42/roles/{Seed.GameMasterRole}"),
        };

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
        Assert.All(responses, response => Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Invalid_roles_are_400_problems()
    {
        var responses = new[]
        {
            await _control.PostAsJsonAsync($"/_emulator/guilds/{Seed.GuildA}/roles", new { name = "Bits", permissions = "many" }),
            await _control.PostAsJsonAsync($"/_emulator/guilds/{Seed.GuildA}/roles", new { name = new string('x', 101) }),
            await _control.PatchAsJsonAsync($"/_emulator/guilds/{Seed.GuildA}/roles/{Seed.GameMasterRole}", new { permissions = "0x20" }),
            await _control.DeleteAsync($"/_emulator/guilds/{Seed.GuildA}/roles/{Seed.GuildA}"),
        };

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode));
        Assert.All(responses, response => Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType));
    }

    private static JsonElement StateRole(JsonElement state, string roleId) =>
        state.GetProperty("guilds").EnumerateArray()
            .SelectMany(guild => guild.GetProperty("roles").EnumerateArray())
            .Single(role => role.GetProperty("id").GetString() == roleId);
}
