using System.Net;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>
/// A user's calendar feed on the real graph: its secret address, read without any login, lists the games they joined
/// (waitlisted ones marked, cancelled ones cancelled) with an alarm per reminder; a reset ends the old address.
/// A player of its own keeps this class out of the other tests' way.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class CalendarFeedTests(GraphFixture graph) : HostAndEmulatorTests(graph)
{
    private const string FeedPath = "/api/v1/users/me/calendar";

    [Fact]
    public async Task The_feed_is_served_without_a_login_with_the_users_games_and_ends_when_reset()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        using var player = await Graph.LogInAsync(await Emulator.CreateUserAsync($"feed_player_{suffix}", Seed.GuildA));
        var joined = await GameIdAsync($"Feed joined {suffix}", maxPlayers: 4);
        var full = await GameIdAsync($"Feed full {suffix}", maxPlayers: 1);
        var cancelled = await GameIdAsync($"Feed off {suffix}", maxPlayers: 4);
        var notJoined = await GameIdAsync($"Feed other {suffix}", maxPlayers: 4);
        await Host.PostJsonAsync($"/api/v1/games/{full}/participants", new { display_name = "Seat taken" });
        foreach (var game in new[] { joined, full, cancelled }) await player.PostJsonAsync($"/api/v1/games/{game}/join");
        Assert.Equal(HttpStatusCode.NoContent, await Host.StatusAsync(HttpMethod.Delete, $"/api/v1/games/{cancelled}"));

        var feedUrl = (await player.GetJsonAsync(FeedPath)).GetProperty("feed_url").GetString()!;
        Assert.Equal(feedUrl, (await player.GetJsonAsync(FeedPath)).GetProperty("feed_url").GetString());
        Assert.True(Uri.TryCreate(feedUrl, UriKind.Absolute, out _), $"{feedUrl} is not an absolute URL");

        using var anonymous = new HttpClient();
        using var feed = await anonymous.GetAsync(feedUrl).WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var events = Events(await feed.Content.ReadAsStringAsync().WaitAsync(ApiSession.RequestTimeout));
        Assert.Equal(new[] { joined, full, cancelled }.Order(), events.Keys.Order());
        Assert.DoesNotContain(notJoined, events.Keys);
        Assert.Contains("TRIGGER:-PT60M", events[joined], StringComparison.Ordinal);
        Assert.Contains("TRIGGER:-PT15M", events[joined], StringComparison.Ordinal);
        Assert.Contains("(waitlisted)", events[full], StringComparison.Ordinal);
        Assert.DoesNotContain("(waitlisted)", events[joined], StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", events[cancelled], StringComparison.Ordinal);

        using var reset = await player.Client.DeleteAsync(FeedPath).WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var newUrl = (await player.GetJsonAsync(FeedPath)).GetProperty("feed_url").GetString()!;
        Assert.NotEqual(feedUrl, newUrl);
        Assert.Equal(HttpStatusCode.NotFound, await anonymous.StatusAsync(HttpMethod.Get, feedUrl));
        Assert.Equal(HttpStatusCode.OK, await anonymous.StatusAsync(HttpMethod.Get, newUrl));
    }

    [Fact]
    public async Task The_feed_address_needs_a_login_and_an_unknown_token_is_not_found()
    {
        using var anonymous = Graph.CreateHttpClient("api");

        Assert.Equal(HttpStatusCode.Unauthorized, await anonymous.StatusAsync(HttpMethod.Get, FeedPath));
        Assert.Equal(HttpStatusCode.NotFound, await anonymous.StatusAsync(HttpMethod.Get, $"/api/v1/calendar/{Guid.NewGuid():N}.ics"));
    }

    private async Task<string> GameIdAsync(string title, int maxPlayers) =>
        (await Host.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, title, maxPlayers)).GetProperty("id").GetString()!;

    /// <summary>Each VEVENT's text (folded lines joined), keyed by the game id in its UID.</summary>
    private static Dictionary<string, string> Events(string calendar) =>
        calendar.Replace("\r\n ", "", StringComparison.Ordinal)
            .Split("BEGIN:VEVENT")[1..]
            .ToDictionary(
                text => text.Split("\r\n").Single(line => line.StartsWith("UID:", StringComparison.Ordinal))["UID:".Length..].Replace("@gamescheduler", "", StringComparison.Ordinal),
                text => text);
}
