using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>Guilds, their configuration and their templates through the Api: who reads, who changes, who sees nothing.</summary>
[Collection(GraphCollection.Name)]
public sealed class GuildsAndTemplatesApiTests(GraphFixture graph) : IAsyncLifetime
{
    private ApiSession _alice = null!;
    private ApiSession _anna = null!;
    private ApiSession _ben = null!;

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(graph);
        _alice = await graph.LogInAsync(Seed.AliceOwner);
        _anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        _ben = await graph.LogInAsync(Seed.BenGuildBOnly);
    }

    [Fact]
    public async Task Each_user_sees_only_the_guilds_they_share_with_the_bot()
    {
        using var carol = await graph.LogInAsync(Seed.CarolBothGuilds);

        Assert.Equal([Seed.GuildA, Seed.GuildB], GuildIds(await carol.GetJsonAsync("/api/v1/guilds")));
        Assert.Equal([Seed.GuildA], GuildIds(await _anna.GetJsonAsync("/api/v1/guilds")));
        var channels = await _anna.GetJsonAsync($"/api/v1/guilds/{Seed.GuildA}/channels");
        Assert.Equal(["game-night", "general"], channels.EnumerateArray().Select(channel => channel.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, await _anna.StatusAsync(HttpMethod.Get, $"/api/v1/guilds/{Seed.GuildB}/roles"));
    }

    [Fact]
    public async Task Owners_are_bot_managers_and_members_are_not()
    {
        var asOwner = await _alice.GetJsonAsync($"/api/v1/guilds/{Seed.GuildA}");
        var asMember = await _anna.GetJsonAsync($"/api/v1/guilds/{Seed.GuildA}");

        Assert.True(asOwner.GetProperty("is_bot_manager").GetBoolean());
        Assert.False(asMember.GetProperty("is_bot_manager").GetBoolean());
        Assert.Equal(JsonValueKind.Array, asMember.GetProperty("bot_manager_role_ids").ValueKind);
    }

    [Fact]
    public async Task Holders_of_a_configured_bot_manager_role_become_bot_managers()
    {
        var emulator = graph.CreateHttpClient("discord");
        var raidLead = await EmulatorControl.For(graph).CreateUserAsync($"raid_lead_{Guid.NewGuid():N}"[..20], Seed.GuildB);
        using var roles = await emulator.PutAsJsonAsync($"/_emulator/guilds/{Seed.GuildB}/members/{raidLead}/roles",
            new { role_ids = new[] { Seed.RaidLeadRole } }).WaitAsync(ApiSession.RequestTimeout);
        roles.EnsureSuccessStatusCode();
        using var bob = await graph.LogInAsync(Seed.BobOwner);
        using var lead = await graph.LogInAsync(raidLead);
        Assert.False((await lead.GetJsonAsync($"/api/v1/guilds/{Seed.GuildB}")).GetProperty("is_bot_manager").GetBoolean());

        try
        {
            var configured = await bob.SendJsonAsync(HttpMethod.Put, $"/api/v1/guilds/{Seed.GuildB}/config",
                new { bot_manager_role_ids = new[] { Seed.RaidLeadRole } });

            Assert.Equal([Seed.RaidLeadRole], configured.GetProperty("bot_manager_role_ids").EnumerateArray().Select(id => id.GetString()));
            Assert.True((await lead.GetJsonAsync($"/api/v1/guilds/{Seed.GuildB}")).GetProperty("is_bot_manager").GetBoolean());
            var template = await lead.PostJsonAsync($"/api/v1/guilds/{Seed.GuildB}/templates", new { name = "Raid", channel_id = Seed.GuildBRaids });
            Assert.Equal("Raid", template.GetProperty("name").GetString());
        }
        finally
        {
            await bob.SendJsonAsync(HttpMethod.Put, $"/api/v1/guilds/{Seed.GuildB}/config", new { bot_manager_role_ids = Array.Empty<string>() });
        }
    }

    [Fact]
    public async Task Guild_configuration_is_for_bot_managers_of_that_guild_with_known_roles()
    {
        var path = $"/api/v1/guilds/{Seed.GuildA}/config";

        Assert.Equal(HttpStatusCode.Conflict, await _anna.StatusAsync(HttpMethod.Put, path, new { bot_manager_role_ids = Array.Empty<string>() }));
        Assert.Equal(HttpStatusCode.NotFound, await _ben.StatusAsync(HttpMethod.Put, path, new { bot_manager_role_ids = Array.Empty<string>() }));
        Assert.Equal(HttpStatusCode.BadRequest, await _alice.StatusAsync(HttpMethod.Put, path, new { bot_manager_role_ids = new[] { "42" } }));
        Assert.Equal(HttpStatusCode.BadRequest, await _alice.StatusAsync(HttpMethod.Put, path, new { }));
    }

    [Fact]
    public async Task Templates_are_read_by_members_changed_by_bot_managers_and_absent_for_everyone_else()
    {
        using var created = await _alice.Client.PostAsJsonAsync($"/api/v1/guilds/{Seed.GuildA}/templates",
            new { name = "Board games", channel_id = Seed.GuildAGameNight, max_players = 6, signup_method = "HOST_SELECTED" })
            .WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var template = await created.Content.ReadFromJsonAsync<JsonElement>();
        var path = $"/api/v1/templates/{template.GetProperty("id").GetString()}";
        Assert.Equal(path, created.Headers.Location?.OriginalString);
        Assert.Equal("HOST_SELECTED", template.GetProperty("signup_method").GetString());

        var renamed = await _alice.SendJsonAsync(HttpMethod.Put, path, new { name = "Board game night" });
        Assert.Equal("Board game night", renamed.GetProperty("name").GetString());
        Assert.Equal(6, renamed.GetProperty("max_players").GetInt32());

        Assert.Equal("Board game night", (await _anna.GetJsonAsync(path)).GetProperty("name").GetString());
        Assert.Contains("Board game night", TemplateNames(await _anna.GetJsonAsync($"/api/v1/guilds/{Seed.GuildA}/templates")));
        Assert.Equal(HttpStatusCode.Conflict, await _anna.StatusAsync(HttpMethod.Put, path, new { name = "Mine now" }));
        Assert.Equal(HttpStatusCode.Conflict, await _anna.StatusAsync(HttpMethod.Delete, path));
        Assert.Equal(HttpStatusCode.Conflict,
            await _anna.StatusAsync(HttpMethod.Post, $"/api/v1/guilds/{Seed.GuildA}/templates", new { name = "Mine" }));

        Assert.Equal(HttpStatusCode.NotFound, await _ben.StatusAsync(HttpMethod.Get, path));
        Assert.Equal(HttpStatusCode.NotFound, await _ben.StatusAsync(HttpMethod.Put, path, new { name = "Taken over" }));
        Assert.Equal(HttpStatusCode.NotFound, await _ben.StatusAsync(HttpMethod.Delete, path));
        Assert.Equal(HttpStatusCode.NotFound, await _ben.StatusAsync(HttpMethod.Get, $"/api/v1/guilds/{Seed.GuildA}/templates"));
        Assert.Equal(HttpStatusCode.NotFound,
            await _ben.StatusAsync(HttpMethod.Post, $"/api/v1/guilds/{Seed.GuildA}/templates", new { name = "Intruder" }));

        Assert.Equal(HttpStatusCode.NoContent, await _alice.StatusAsync(HttpMethod.Delete, path));
        Assert.Equal(HttpStatusCode.NotFound, await _alice.StatusAsync(HttpMethod.Get, path));
    }

    [Fact]
    public async Task The_default_template_cannot_be_deleted()
    {
        var templates = await _alice.GetJsonAsync($"/api/v1/guilds/{Seed.GuildA}/templates");
        var defaultId = templates.EnumerateArray().Single(t => t.GetProperty("is_default").GetBoolean()).GetProperty("id").GetString();

        using var response = await _alice.Client.DeleteAsync($"/api/v1/templates/{defaultId}").WaitAsync(ApiSession.RequestTimeout);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("default", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_template_with_another_guilds_channel_or_too_many_players_is_refused_per_field()
    {
        var before = TemplateNames(await _alice.GetJsonAsync($"/api/v1/guilds/{Seed.GuildA}/templates"));

        using var response = await _alice.Client.PostAsJsonAsync($"/api/v1/guilds/{Seed.GuildA}/templates",
            new { name = "Broken", channel_id = Seed.GuildBGeneral, max_players = 1000 }).WaitAsync(ApiSession.RequestTimeout);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("channel_id", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("max_players", out _), errors.GetRawText());
        Assert.Equal(before, TemplateNames(await _alice.GetJsonAsync($"/api/v1/guilds/{Seed.GuildA}/templates")));
    }

    private static string[] GuildIds(JsonElement guilds) => [.. guilds.EnumerateArray().Select(guild => guild.GetProperty("id").GetString()!)];

    private static string[] TemplateNames(JsonElement templates) =>
        [.. templates.EnumerateArray().Select(template => template.GetProperty("name").GetString()!).Order()];

    public Task DisposeAsync()
    {
        _alice.Dispose();
        _anna.Dispose();
        _ben.Dispose();
        return Task.CompletedTask;
    }
}
