using System.Net;
using System.Net.Http.Json;
using System.Text;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>The games REST API against the real graph: guild isolation, concurrency and bad input.</summary>
[Collection(GraphCollection.Name)]
public sealed class GamesApiTests(GraphFixture graph) : IAsyncLifetime
{
    private ApiSession _alice = null!;

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(graph);
        _alice = await graph.LogInAsync(Seed.AliceOwner);
    }

    [Fact]
    public async Task A_member_of_guild_B_gets_404_for_a_guild_A_game_on_every_route()
    {
        var game = await _alice.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Guild A only");
        var id = game.GetProperty("id").GetString();
        using var ben = await graph.LogInAsync(Seed.BenGuildBOnly);

        var attempts = new (HttpMethod Method, string Path)[]
        {
            (HttpMethod.Get, $"/api/v1/games/{id}"),
            (HttpMethod.Put, $"/api/v1/games/{id}"),
            (HttpMethod.Delete, $"/api/v1/games/{id}"),
            (HttpMethod.Post, $"/api/v1/games/{id}/join"),
            (HttpMethod.Post, $"/api/v1/games/{id}/leave"),
            (HttpMethod.Get, $"/api/v1/games/{id}/calendar.ics"),
            (HttpMethod.Get, $"/api/v1/guilds/{Seed.GuildA}"),
            (HttpMethod.Get, $"/api/v1/guilds/{Seed.GuildA}/channels"),
        };
        foreach (var (method, path) in attempts)
        {
            using var request = new HttpRequestMessage(method, path)
            {
                Content = method == HttpMethod.Put ? JsonContent.Create(new { title = "taken over" }) : null,
            };
            using var response = await ben.Client.SendAsync(request).WaitAsync(ApiSession.RequestTimeout);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path} answered {(int)response.StatusCode}");
        }

        var listed = await ben.GetJsonAsync($"/api/v1/games?guild_id={Seed.GuildA}");
        Assert.Empty(listed.GetProperty("items").EnumerateArray());
        var stillThere = await _alice.GetJsonAsync($"/api/v1/games/{id}");
        Assert.Equal("Guild A only", stillThere.GetProperty("title").GetString());
        Assert.Equal("SCHEDULED", stillThere.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Two_hundred_concurrent_joins_on_a_ten_player_game_confirm_exactly_ten()
    {
        var game = await _alice.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Rush", maxPlayers: 10);
        var id = game.GetProperty("id").GetString();
        var emulator = EmulatorControl.For(graph);
        var players = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
            await graph.LogInAsync(await emulator.CreateUserAsync($"rush{i}", Seed.GuildA))));

        try
        {
            var joins = await Task.WhenAll(players.Select(player => player.Client.PostAsync($"/api/v1/games/{id}/join", null)))
                .WaitAsync(TimeSpan.FromMinutes(2));
            Assert.All(joins, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));

            var final = await _alice.GetJsonAsync($"/api/v1/games/{id}");
            Assert.Equal(10, final.GetProperty("confirmed_count").GetInt32());
            Assert.Equal(190, final.GetProperty("waitlisted_count").GetInt32());
            var everyone = final.GetProperty("participants").GetProperty("confirmed").EnumerateArray()
                .Concat(final.GetProperty("participants").GetProperty("waitlisted").EnumerateArray())
                .Select(p => p.GetProperty("user_id").GetString()).ToList();
            Assert.Equal(200, everyone.Distinct().Count());
        }
        finally
        {
            foreach (var player in players)
            {
                player.Dispose();
            }
        }
    }

    [Theory]
    [InlineData("""{"guild_id":"1200000000000000001","channel_id":"1210000000000000001","title":"x","scheduled_at":"2030-01-01T00:00:00Z","max_players":"many"}""")]
    [InlineData("""{"guild_id":"1200000000000000001","channel_id":"1210000000000000001","title":"x","scheduled_at":"2030-01-01T00:00:00Z","max_players":0}""", "max_players")]
    [InlineData("""{"guild_id":"1200000000000000001","channel_id":"1210000000000000001","title":"x","scheduled_at":"2030-01-01T00:00:00Z","max_players":101}""", "max_players")]
    [InlineData("""{"guild_id":"1200000000000000001","channel_id":"1210000000000000001","title":"x","scheduled_at":"2001-01-01T00:00:00Z","max_players":5}""", "scheduled_at")]
    [InlineData("""{"guild_id":"1200000000000000001","channel_id":"1210000000000000001","title":"x","scheduled_at":"2030-01-01T00:00:00Z","max_players":5,"time_zone":"Mars/Olympus"}""", "time_zone")]
    [InlineData("""{"guild_id":"1200000000000000001","channel_id":"999","title":"x","scheduled_at":"2030-01-01T00:00:00Z","max_players":5}""", "channel_id")]
    [InlineData("""{"guild_id":"1200000000000000001","channel_id":"1210000000000000001","title":"x","scheduled_at":"not a time","max_players":5}""")]
    public async Task Bad_input_gets_400_and_writes_nothing(string body, string? field = null)
    {
        var before = await GuildAGameCountAsync();

        using var response = await _alice.Client.PostAsync("/api/v1/games", new StringContent(body, Encoding.UTF8, "application/json"))
            .WaitAsync(ApiSession.RequestTimeout);
        var problem = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            Assert.Contains($"\"{field}\"", problem);
        }

        Assert.Equal(before, await GuildAGameCountAsync());
    }

    [Fact]
    public async Task A_title_longer_than_200_characters_is_refused_with_a_message_for_the_title()
    {
        using var response = await _alice.Client.PostAsJsonAsync("/api/v1/games", new
        {
            guild_id = Seed.GuildA,
            channel_id = Seed.GuildAGeneral,
            title = new string('t', 201),
            scheduled_at = DateTimeOffset.UtcNow.AddDays(1),
            max_players = 5,
        }).WaitAsync(ApiSession.RequestTimeout);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"title\"", await response.Content.ReadAsStringAsync());
    }

    private async Task<int> GuildAGameCountAsync() =>
        (await _alice.GetJsonAsync($"/api/v1/games?guild_id={Seed.GuildA}&page_size=1")).GetProperty("total").GetInt32();

    public Task DisposeAsync()
    {
        _alice.Dispose();
        return Task.CompletedTask;
    }
}
