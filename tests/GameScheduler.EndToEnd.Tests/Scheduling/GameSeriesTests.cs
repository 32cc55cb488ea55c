using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Bot;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>
/// Repeating games on the real graph: a weekly game makes and announces its next game when it starts, its players are
/// carried over and confirm or drop their seat from a DM, and those who do neither lose it at the deadline; a bad rule is
/// refused and writes nothing; a change of one game alone, a cancellation and stopping the series each leave the series
/// as the contract says. A host and a channel of its own keep this class out of the other tests' way.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class GameSeriesTests(GraphFixture graph) : IAsyncLifetime
{
    private static readonly TimeSpan DiscordTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstGameStartsIn = TimeSpan.FromSeconds(20);
    private const int OneMinute = 1;

    // A week minus the one-minute game: the next game's confirmation deadline is the end of the game it follows.
    private const int ConfirmByTheEndOfTheGameBefore = 7 * 24 * 60 - OneMinute;

    private HostInOwnChannel _own = null!;

    public async Task InitializeAsync() => _own = await HostInOwnChannel.CreateAsync(graph, "series");

    public async Task DisposeAsync() => await _own.DisposeAsync();

    [Fact]
    public async Task A_weekly_game_announces_its_next_game_when_it_starts_and_carried_players_confirm_drop_or_lose_their_seat()
    {
        using var stays = await NewPlayerAsync("stays");
        using var forgets = await NewPlayerAsync("forgets");
        using var latecomer = await NewPlayerAsync("latecomer");
        using var drops = await NewPlayerAsync("drops");
        var start = WholeSeconds(DateTimeOffset.UtcNow.Add(FirstGameStartsIn));
        var title = $"Weekly night {_own.Suffix}";
        var body = WeeklyGame(title, start);
        body["description"] = "Bring snacks";
        body["duration_minutes"] = OneMinute;
        body["max_players"] = 3;
        body["confirm_minutes_before"] = ConfirmByTheEndOfTheGameBefore;
        var firstId = (await _own.Host.PostJsonAsync("/api/v1/games", body)).GetProperty("id").GetString()!;
        foreach (var player in new[] { stays, forgets, drops }) await player.PostJsonAsync($"/api/v1/games/{firstId}/join");

        var next = await Eventually.ReadsAsync(() => LaterGamesOfSeriesAsync(firstId), games => games.Length > 0,
            start - DateTimeOffset.UtcNow + DiscordTimeout, $"the next game of series {firstId}");
        Assert.Single(next);
        var nextGame = next[0];
        var nextId = nextGame.GetProperty("id").GetString()!;
        Assert.Equal("IN_PROGRESS", (await GameAsync(firstId)).GetProperty("status").GetString());
        Assert.Equal(start.AddDays(7), nextGame.GetProperty("scheduled_at").GetDateTimeOffset());
        Assert.Equal(start.AddMinutes(OneMinute), nextGame.GetProperty("confirm_by").GetDateTimeOffset());
        Assert.Equal((title, "Bring snacks", _own.ChannelId, OneMinute, 3, "weekly"), (
            nextGame.GetProperty("title").GetString(), nextGame.GetProperty("description").GetString(), nextGame.GetProperty("channel_id").GetString(),
            nextGame.GetProperty("duration_minutes").GetInt32(), nextGame.GetProperty("max_players").GetInt32(),
            nextGame.GetProperty("recurrence").GetProperty("frequency").GetString()));
        Assert.Equal(Sorted(stays.UserId, forgets.UserId, drops.UserId), Seats(nextGame, "confirmed", awaiting: true));

        var announcement = await _own.Emulator.WaitForAnnouncementAsync(_own.ChannelId, nextId, DiscordTimeout);
        Assert.NotNull(AnnouncedGame.Field(announcement, "Repeats"));
        Assert.Contains("Add to calendar", announcement.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        var staysAsked = await CarryOverDmAsync(stays.UserId, nextId);
        await CarryOverDmAsync(forgets.UserId, nextId);
        var dropsAsked = await CarryOverDmAsync(drops.UserId, nextId);

        await latecomer.PostJsonAsync($"/api/v1/games/{nextId}/join");
        Assert.Equal([latecomer.UserId], Seats(await GameAsync(nextId), "waitlisted", awaiting: false));

        Assert.Contains("is yours", await ClickInDmAsync(stays.UserId, staysAsked, $"confirm_game:{nextId}"), StringComparison.Ordinal);
        var confirmed = await GameAsync(nextId);
        Assert.Equal([stays.UserId], Seats(confirmed, "confirmed", awaiting: false));
        Assert.Equal(Sorted(forgets.UserId, drops.UserId), Seats(confirmed, "confirmed", awaiting: true));

        Assert.Contains("You left", await ClickInDmAsync(drops.UserId, dropsAsked, $"drop_game:{nextId}"), StringComparison.Ordinal);
        var dropped = await GameAsync(nextId);
        Assert.Equal(Sorted(stays.UserId, latecomer.UserId), Seats(dropped, "confirmed", awaiting: false));
        Assert.Equal([forgets.UserId], Seats(dropped, "confirmed", awaiting: true));
        Assert.Empty(UserIds(dropped, "waitlisted"));
        await WaitForDmAsync(latecomer.UserId, "a seat opened up", title);

        var afterDeadline = await Eventually.ReadsAsync(() => GameAsync(nextId),
            game => !UserIds(game, "confirmed").Contains(forgets.UserId),
            start.AddMinutes(OneMinute) - DateTimeOffset.UtcNow + DiscordTimeout, $"the player who did not confirm dropped from game {nextId}");
        Assert.Equal(Sorted(stays.UserId, latecomer.UserId), Seats(afterDeadline, "confirmed", awaiting: false));
        Assert.Empty(Seats(afterDeadline, "confirmed", awaiting: true));
        Assert.Equal(JsonValueKind.Null, afterDeadline.GetProperty("confirm_by").ValueKind);
        await WaitForDmAsync(forgets.UserId, "didn't confirm your seat", title);
        await Eventually.ReadsAsync(() => GameAsync(firstId), game => game.GetProperty("status").GetString() == "COMPLETED",
            DiscordTimeout, $"game {firstId} completed");
        Assert.Single(await LaterGamesOfSeriesAsync(firstId));
    }

    [Fact]
    public async Task A_bad_rule_or_confirmation_time_gets_a_400_naming_the_field_and_writes_nothing()
    {
        // The 15th is the third of its weekday in any month.
        var thirdWeekday = WholeSeconds(new DateTimeOffset(DateTimeOffset.UtcNow.Year + 1, 3, 15, 19, 0, 0, TimeSpan.Zero));
        var cases = new (string Field, Dictionary<string, object?> Body)[]
        {
            ("recurrence.until", WeeklyGame("Ends before it starts", thirdWeekday, until: thirdWeekday.AddDays(-1))),
            ("recurrence.frequency", WithRecurrence(WeeklyGame("Daily", thirdWeekday), new { frequency = "daily", interval = 1 })),
            ("recurrence.by_weekday_of_month", WithRecurrence(WeeklyGame("Second Friday", thirdWeekday),
                new { frequency = "monthly", interval = 1, by_weekday_of_month = 2 })),
            ("confirm_minutes_before", WeeklyGame("Confirm after the start", thirdWeekday, confirmMinutesBefore: -1)),
        };
        var before = await GamesOfHostAsync();

        foreach (var (field, body) in cases)
        {
            using var response = await _own.Host.Client.PostAsJsonAsync("/api/v1/games", body).WaitAsync(ApiSession.RequestTimeout);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>().WaitAsync(ApiSession.RequestTimeout);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {(int)response.StatusCode} {problem}");
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }

        Assert.Equal(before, await GamesOfHostAsync());
    }

    [Fact]
    public async Task Changing_one_game_alone_makes_the_next_game_from_the_unchanged_settings_and_takes_the_game_out_of_the_series()
    {
        var start = WholeSeconds(DateTimeOffset.UtcNow.AddDays(3));
        var title = $"Weekly original {_own.Suffix}";
        var id = (await _own.Host.PostJsonAsync("/api/v1/games", WeeklyGame(title, start))).GetProperty("id").GetString()!;

        var edited = await _own.Host.SendJsonAsync(HttpMethod.Put, $"/api/v1/games/{id}", new { title = $"One-off {_own.Suffix}", apply_to = "this_game" });

        Assert.Equal($"One-off {_own.Suffix}", edited.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, edited.GetProperty("recurrence").ValueKind);
        Assert.Equal(JsonValueKind.Null, edited.GetProperty("series_id").ValueKind);
        var next = Assert.Single(await LaterGamesOfSeriesAsync(id));
        Assert.Equal(title, next.GetProperty("title").GetString());
        Assert.Equal(start.AddDays(7), next.GetProperty("scheduled_at").GetDateTimeOffset());
        Assert.Equal("weekly", next.GetProperty("recurrence").GetProperty("frequency").GetString());
    }

    [Fact]
    public async Task Cancelling_a_weekly_game_makes_its_next_game_at_once()
    {
        var start = WholeSeconds(DateTimeOffset.UtcNow.AddDays(2));
        var id = (await _own.Host.PostJsonAsync("/api/v1/games", WeeklyGame($"Cancelled once {_own.Suffix}", start))).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.NoContent, await _own.Host.StatusAsync(HttpMethod.Delete, $"/api/v1/games/{id}"));

        var next = Assert.Single(await LaterGamesOfSeriesAsync(id));
        Assert.Equal(start.AddDays(7), next.GetProperty("scheduled_at").GetDateTimeOffset());
        Assert.Equal("SCHEDULED", next.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_stopped_series_makes_no_next_game_when_its_game_is_cancelled()
    {
        var id = (await _own.Host.PostJsonAsync("/api/v1/games", WeeklyGame($"Stopped {_own.Suffix}", DateTimeOffset.UtcNow.AddDays(2))))
            .GetProperty("id").GetString()!;

        var stopped = await _own.Host.SendJsonAsync(HttpMethod.Put, $"/api/v1/games/{id}", new Dictionary<string, object?> { ["recurrence"] = null });
        Assert.Equal(JsonValueKind.Null, stopped.GetProperty("recurrence").ValueKind);
        Assert.Equal(HttpStatusCode.NoContent, await _own.Host.StatusAsync(HttpMethod.Delete, $"/api/v1/games/{id}"));

        Assert.Empty(await LaterGamesOfSeriesAsync(id));
        Assert.Equal(1, await GamesOfHostAsync());
    }

    private Dictionary<string, object?> WeeklyGame(string title, DateTimeOffset start, DateTimeOffset? until = null, int? confirmMinutesBefore = null)
    {
        var body = WithRecurrence(new Dictionary<string, object?>
        {
            ["guild_id"] = Seed.GuildA,
            ["channel_id"] = _own.ChannelId,
            ["title"] = title,
            ["scheduled_at"] = start.ToString("O"),
            ["time_zone"] = null,
            ["max_players"] = 5,
        }, new { frequency = "weekly", interval = 1, by_weekday_of_month = (int?)null, until = until?.ToString("O"), count = (int?)null });
        if (confirmMinutesBefore is { } minutes) body["confirm_minutes_before"] = minutes;
        return body;
    }

    private static Dictionary<string, object?> WithRecurrence(Dictionary<string, object?> body, object recurrence)
    {
        body["recurrence"] = recurrence;
        return body;
    }

    private async Task<ApiSession> NewPlayerAsync(string name) =>
        await graph.LogInAsync(await _own.Emulator.CreateUserAsync($"series_{name}_{_own.Suffix}", Seed.GuildA));

    private Task<JsonElement> GameAsync(string id) => _own.Host.GetJsonAsync($"/api/v1/games/{id}");

    /// <summary>The host's games of the series <paramref name="firstId"/> begins, without that first game.</summary>
    private async Task<JsonElement[]> LaterGamesOfSeriesAsync(string firstId) =>
        [.. (await _own.Host.GetJsonAsync($"/api/v1/games?guild_id={Seed.GuildA}&role=host&page_size=100")).GetProperty("items").EnumerateArray()
            .Where(game => game.GetProperty("series_id").ValueKind == JsonValueKind.String
                && game.GetProperty("series_id").GetString() == firstId && game.GetProperty("id").GetString() != firstId)];

    private async Task<int> GamesOfHostAsync() =>
        (await _own.Host.GetJsonAsync($"/api/v1/games?guild_id={Seed.GuildA}&role=host")).GetProperty("total").GetInt32();

    /// <summary>Waits for the DM asking a carried-over player to confirm, with both buttons naming the next game.</summary>
    private Task<JsonElement> CarryOverDmAsync(string userId, string gameId) =>
        Eventually.ReadsAsync(
            async () => (await _own.Emulator.DirectMessagesAsync(userId)).FirstOrDefault(dm => dm.GetRawText() is var raw
                && raw.Contains($"\"confirm_game:{gameId}\"", StringComparison.Ordinal) && raw.Contains($"\"drop_game:{gameId}\"", StringComparison.Ordinal)),
            dm => dm.ValueKind == JsonValueKind.Object, DiscordTimeout, $"the DM asking {userId} to confirm their seat in game {gameId}");

    private Task<string> ClickInDmAsync(string userId, JsonElement dm, string customId) =>
        _own.Emulator.ClickForOutcomeAsync(userId, dm.GetProperty("channel_id").GetString()!, dm.GetProperty("id").GetString()!, customId, DiscordTimeout);

    private Task WaitForDmAsync(string userId, string text, string title) =>
        Eventually.ReadsAsync(() => _own.Emulator.DirectMessagesAsync(userId),
            dms => dms.Any(dm => JoinButtonTests.Content(dm) is var content
                && content.Contains(text, StringComparison.Ordinal) && content.Contains(title, StringComparison.Ordinal)),
            DiscordTimeout, $"a DM to {userId} saying '{text}' about {title}");

    /// <summary>The user ids on one list of the roster whose confirmation is (or is not) awaited, sorted.</summary>
    private static string[] Seats(JsonElement game, string list, bool awaiting) =>
        [.. game.GetProperty("participants").GetProperty(list).EnumerateArray()
            .Where(player => player.GetProperty("awaiting_confirmation").GetBoolean() == awaiting)
            .Select(player => player.GetProperty("user_id").GetString() ?? "")
            .Order(StringComparer.Ordinal)];

    private static string[] UserIds(JsonElement game, string list) =>
        [.. game.GetProperty("participants").GetProperty(list).EnumerateArray().Select(player => player.GetProperty("user_id").GetString() ?? "")];

    private static string[] Sorted(params string[] userIds) => [.. userIds.Order(StringComparer.Ordinal)];

    // Whole seconds, so that a start a week later compares exactly whatever precision the database keeps.
    private static DateTimeOffset WholeSeconds(DateTimeOffset time) => DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());
}
