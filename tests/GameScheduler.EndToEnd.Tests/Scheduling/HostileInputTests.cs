using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>
/// Input PostgreSQL, the calendar or an int cannot hold, sent to the running Api: each is a 400 problem on its field
/// (never a 5xx) and changes nothing; a Last-Event-ID no stream ever gave out gets a resync.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class HostileInputTests(GraphFixture graph) : IAsyncLifetime
{
    private const string YearMax = "9999-12-31T23:00:00Z";
    private static readonly string[] GameTextFields = ["title", "description", "where", "signup_instructions", "scheduled_at"];
    private ApiSession _alice = null!;

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(graph);
        _alice = await graph.LogInAsync(Seed.AliceOwner);
    }

    public static TheoryData<string, string> HostileGameFields => new()
    {
        { "title", "Cat\0an" },
        { "description", "Line\0break" },
        { "where", "Voice\u0007" },
        { "signup_instructions", "Bring\u001bdice" },
        { "scheduled_at", YearMax },
    };

    [Theory]
    [MemberData(nameof(HostileGameFields), DisableDiscoveryEnumeration = true)]
    public async Task A_hostile_game_field_is_refused_on_create_and_edit_and_changes_nothing(string field, string value)
    {
        var id = (await _alice.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Untouched")).GetProperty("id").GetString();
        var game = await _alice.GetJsonAsync($"/api/v1/games/{id}");
        var before = await GuildAGameCountAsync();

        await AssertRefusedAsync(HttpMethod.Post, "/api/v1/games", field, new Dictionary<string, object>
        {
            ["guild_id"] = Seed.GuildA,
            ["channel_id"] = Seed.GuildAGeneral,
            ["title"] = "Catan",
            ["scheduled_at"] = DateTimeOffset.UtcNow.AddDays(2).ToString("O"),
            [field] = value,
        });
        await AssertRefusedAsync(HttpMethod.Put, $"/api/v1/games/{id}", field, new Dictionary<string, object> { [field] = value });

        Assert.Equal(before, await GuildAGameCountAsync());
        var after = await _alice.GetJsonAsync($"/api/v1/games/{id}");
        Assert.All(GameTextFields, name => Assert.Equal(game.GetProperty(name).ToString(), after.GetProperty(name).ToString()));
    }

    [Fact]
    public async Task Control_characters_in_a_template_are_refused_on_create_and_edit_and_change_nothing()
    {
        var templatesPath = $"/api/v1/guilds/{Seed.GuildA}/templates";
        var before = await _alice.GetJsonAsync(templatesPath);
        var defaultTemplate = before.EnumerateArray().Single(template => template.GetProperty("is_default").GetBoolean());

        await AssertRefusedAsync(HttpMethod.Post, templatesPath, "name", new { name = "Raid\0night" });
        await AssertRefusedAsync(HttpMethod.Put, $"/api/v1/templates/{defaultTemplate.GetProperty("id").GetString()}", "where",
            new { where = "Voice\u0000channel" });

        Assert.Equal(before.GetRawText(), (await _alice.GetJsonAsync(templatesPath)).GetRawText());
    }

    [Fact]
    public async Task A_page_whose_offset_overflows_an_int_is_refused()
    {
        using var response = await _alice.Client.GetAsync("/api/v1/games?page=21474838&page_size=100").WaitAsync(ApiSession.RequestTimeout);

        await AssertProblemOnAsync(response, "page");
    }

    [Theory]
    [InlineData("9223372036854775807-0")]
    [InlineData("253402300800000-0")]
    [InlineData("not-a-position")]
    public async Task A_Last_Event_ID_no_stream_gave_out_gets_a_resync(string lastEventId)
    {
        await using var stream = await SseStream.OpenAsync(_alice, lastEventId: lastEventId);

        var first = await stream.NextAsync(_ => true, TimeSpan.FromSeconds(5), "the first frame");
        Assert.Equal("resync", first.Type);
    }

    [Fact]
    public async Task A_Last_Event_ID_far_ahead_of_every_event_or_thousands_of_digits_long_gets_a_resync()
    {
        var tomorrow = $"{DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeMilliseconds()}-0";

        foreach (var lastEventId in new[] { tomorrow, new string('9', 4000) + "-0" })
        {
            await using var stream = await SseStream.OpenAsync(_alice, lastEventId: lastEventId);

            var first = await stream.NextAsync(_ => true, TimeSpan.FromSeconds(5), $"the first frame after a {lastEventId.Length}-character id");
            Assert.Equal("resync", first.Type);
        }
    }

    private async Task AssertRefusedAsync(HttpMethod method, string path, string field, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        using var response = await _alice.Client.SendAsync(request).WaitAsync(ApiSession.RequestTimeout);

        await AssertProblemOnAsync(response, field);
    }

    private static async Task AssertProblemOnAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.Content.ReadAsStringAsync().WaitAsync(ApiSession.RequestTimeout);
        var request = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}";
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{request} answered {(int)response.StatusCode}: {problem}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(problem).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{request}: {problem}");
    }

    private async Task<int> GuildAGameCountAsync() =>
        (await _alice.GetJsonAsync($"/api/v1/games?guild_id={Seed.GuildA}&page_size=1")).GetProperty("total").GetInt32();

    public Task DisposeAsync()
    {
        _alice.Dispose();
        return Task.CompletedTask;
    }
}
