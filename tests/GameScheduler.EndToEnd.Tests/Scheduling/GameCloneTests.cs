using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.Core;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>
/// Cloning a game on the real graph: the copy is created and announced in its Discord channel like any new game, with
/// or without the source's players; only the host or a bot manager clones, and a bad request writes nothing. A host and
/// a channel of its own keep this class out of the other tests' way.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class GameCloneTests(GraphFixture graph) : IAsyncLifetime
{
    private static readonly TimeSpan DiscordTimeout = TimeSpan.FromSeconds(30);

    private HostInOwnChannel _own = null!;

    public async Task InitializeAsync() => _own = await HostInOwnChannel.CreateAsync(graph, "clones");

    public async Task DisposeAsync() => await _own.DisposeAsync();

    [Fact]
    public async Task A_clone_with_its_players_is_created_and_announced_in_its_channel()
    {
        var source = await _own.Host.CreateGameAsync(Seed.GuildA, _own.ChannelId, $"Clone source {_own.Suffix}", maxPlayers: 1);
        var sourceId = source.GetProperty("id").GetString()!;
        using var confirmed = await NewPlayerAsync("confirmed");
        using var waiting = await NewPlayerAsync("waiting");
        await confirmed.PostJsonAsync($"/api/v1/games/{sourceId}/join");
        await waiting.PostJsonAsync($"/api/v1/games/{sourceId}/join");
        var scheduledAt = DateTimeOffset.UtcNow.AddDays(9);

        using var response = await CloneAsync(_own.Host, sourceId, new { scheduled_at = scheduledAt.ToString("O"), carry_over_players = true });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var clone = await response.Content.ReadFromJsonAsync<JsonElement>().WaitAsync(ApiSession.RequestTimeout);
        var cloneId = clone.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/games/{cloneId}", response.Headers.Location?.OriginalString);
        Assert.NotEqual(sourceId, cloneId);
        Assert.Equal(source.GetProperty("title").GetString(), clone.GetProperty("title").GetString());
        Assert.Equal(_own.ChannelId, clone.GetProperty("channel_id").GetString());
        Assert.Equal(scheduledAt.ToUnixTimeSeconds(), clone.GetProperty("scheduled_at").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.Equal([confirmed.UserId], UserIds(clone, "confirmed"));
        Assert.Equal([waiting.UserId], UserIds(clone, "waitlisted"));

        await _own.Emulator.WaitForAnnouncementAsync(_own.ChannelId, cloneId, DiscordTimeout);
    }

    [Fact]
    public async Task Without_carrying_players_over_the_clone_starts_with_an_empty_roster()
    {
        var sourceId = (await _own.Host.CreateGameAsync(Seed.GuildA, _own.ChannelId, $"Empty clone {_own.Suffix}")).GetProperty("id").GetString()!;
        using var player = await NewPlayerAsync("stays");
        await player.PostJsonAsync($"/api/v1/games/{sourceId}/join");

        using var response = await CloneAsync(_own.Host, sourceId, new { scheduled_at = DateTimeOffset.UtcNow.AddDays(5).ToString("O"), carry_over_players = false });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var clone = await response.Content.ReadFromJsonAsync<JsonElement>().WaitAsync(ApiSession.RequestTimeout);
        Assert.Empty(UserIds(clone, "confirmed"));
        Assert.Empty(UserIds(clone, "waitlisted"));
    }

    [Fact]
    public async Task Others_get_403_or_404_and_bad_requests_get_a_field_error_and_nothing_is_written()
    {
        var sourceId = (await _own.Host.CreateGameAsync(Seed.GuildA, _own.ChannelId, $"Guarded clone {_own.Suffix}")).GetProperty("id").GetString()!;
        var valid = new { scheduled_at = DateTimeOffset.UtcNow.AddDays(4).ToString("O"), carry_over_players = true };
        using var member = await NewPlayerAsync("member");
        using var ben = await graph.LogInAsync(Seed.BenGuildBOnly);
        var before = await GamesOfHostAsync();

        using var byMember = await CloneAsync(member, sourceId, valid);
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.Equal(Refusals.NotHostOrManager, (await byMember.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        using var byStranger = await CloneAsync(ben, sourceId, valid);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        using var unknown = await CloneAsync(_own.Host, Guid.NewGuid().ToString(), valid);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        foreach (var body in new object[] { new { scheduled_at = DateTimeOffset.UtcNow.AddHours(-1).ToString("O") }, new { carry_over_players = true } })
        {
            using var invalid = await CloneAsync(_own.Host, sourceId, body);
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("scheduled_at", out _));
        }

        using var malformed = await _own.Host.Client.PostAsync($"/api/v1/games/{sourceId}/clone",
            new StringContent("{\"scheduled_at\":", System.Text.Encoding.UTF8, "application/json")).WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(before, await GamesOfHostAsync());
    }

    private async Task<ApiSession> NewPlayerAsync(string name) =>
        await graph.LogInAsync(await _own.Emulator.CreateUserAsync($"clone_{name}_{_own.Suffix}", Seed.GuildA));

    private static Task<HttpResponseMessage> CloneAsync(ApiSession caller, string gameId, object body) =>
        caller.Client.PostAsJsonAsync($"/api/v1/games/{gameId}/clone", body).WaitAsync(ApiSession.RequestTimeout);

    private async Task<int> GamesOfHostAsync() =>
        (await _own.Host.GetJsonAsync($"/api/v1/games?guild_id={Seed.GuildA}&role=host")).GetProperty("total").GetInt32();

    private static string[] UserIds(JsonElement game, string list) =>
        [.. game.GetProperty("participants").GetProperty(list).EnumerateArray().Select(player => player.GetProperty("user_id").GetString() ?? "")];
}
