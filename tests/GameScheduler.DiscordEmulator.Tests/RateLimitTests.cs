using GameScheduler.DiscordEmulator.Tests.Infrastructure;

namespace GameScheduler.DiscordEmulator.Tests;

/// <summary>Runs on a clock the tests move, so windows open and close exactly when a test says.</summary>
public sealed class RateLimitTests : IClassFixture<FakeTimeEmulator>
{
    private const string EditRoute = "/channels/{channel_id}/messages/{message_id}";

    private readonly FakeTimeEmulator _emulator;
    private readonly HttpClient _bot;
    private readonly HttpClient _control;

    public RateLimitTests(FakeTimeEmulator emulator)
    {
        _emulator = emulator;
        _bot = emulator.CreateBotClient();
        _control = emulator.CreateClient();
        // Every test starts with all windows of earlier tests expired.
        emulator.Time!.Advance(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Every_bot_response_carries_the_bucket_headers()
    {
        var channelId = await _emulator.OpenFreshChannelAsync();

        var response = await _bot.PostAsJsonAsync($"channels/{channelId}/messages", new { content = "hello" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("5", Header(response, "X-RateLimit-Limit"));
        Assert.Equal("4", Header(response, "X-RateLimit-Remaining"));
        Assert.Equal("5.000", Header(response, "X-RateLimit-Reset-After"));
        Assert.True(double.Parse(Header(response, "X-RateLimit-Reset"), System.Globalization.CultureInfo.InvariantCulture)
            > _emulator.Time!.GetUtcNow().ToUnixTimeSeconds());
        Assert.Matches("^[0-9a-f]{32}$", Header(response, "X-RateLimit-Bucket"));
    }

    [Fact]
    public async Task Sixth_edit_in_one_channel_within_5_seconds_is_a_429_that_is_counted()
    {
        var channelId = await _emulator.OpenFreshChannelAsync();
        var messageId = (await _bot.PostMessageAsync(channelId, new { content = "v0" })).GetProperty("id").GetString();
        var rateLimitedBefore = await RateLimitedCountAsync();

        for (var edit = 1; edit <= 5; edit++)
        {
            var allowed = await _bot.PatchAsJsonAsync($"channels/{channelId}/messages/{messageId}", new { content = $"v{edit}" });
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        _emulator.Time!.Advance(TimeSpan.FromSeconds(2));
        var refused = await _bot.PatchAsJsonAsync($"channels/{channelId}/messages/{messageId}", new { content = "v6" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var body = await refused.ReadJsonAsync();
        Assert.Equal("You are being rate limited.", body.GetProperty("message").GetString());
        Assert.Equal(3.0, body.GetProperty("retry_after").GetDouble(), precision: 3);
        Assert.False(body.GetProperty("global").GetBoolean());
        Assert.Equal("user", Header(refused, "X-RateLimit-Scope"));
        Assert.Equal("0", Header(refused, "X-RateLimit-Remaining"));
        Assert.Equal("3", Header(refused, "Retry-After"));
        Assert.Equal(rateLimitedBefore + 1, await RateLimitedCountAsync());
        var stats = await _control.GetFromJsonAsync<JsonElement>("/_emulator/stats");
        Assert.Equal(5, stats.GetProperty("message_edits").GetProperty(messageId!).GetInt32());

        _emulator.Time.Advance(TimeSpan.FromSeconds(3));
        var afterReset = await _bot.PatchAsJsonAsync($"channels/{channelId}/messages/{messageId}", new { content = "v6" });
        Assert.Equal(HttpStatusCode.OK, afterReset.StatusCode);
    }

    [Fact]
    public async Task Buckets_are_per_channel()
    {
        var busyChannel = await _emulator.OpenFreshChannelAsync();
        var quietChannel = await _emulator.OpenFreshChannelAsync();
        for (var message = 0; message < 5; message++)
        {
            await _bot.PostMessageAsync(busyChannel, new { content = $"m{message}" });
        }

        var busy = await _bot.PostAsJsonAsync($"channels/{busyChannel}/messages", new { content = "one more" });
        var quiet = await _bot.PostAsJsonAsync($"channels/{quietChannel}/messages", new { content = "first" });

        Assert.Equal(HttpStatusCode.TooManyRequests, busy.StatusCode);
        Assert.Equal(HttpStatusCode.OK, quiet.StatusCode);
        Assert.Equal(Header(busy, "X-RateLimit-Bucket"), Header(quiet, "X-RateLimit-Bucket"));
    }

    [Fact]
    public async Task Injected_429s_hit_the_next_matching_requests_then_stop()
    {
        var channelId = await _emulator.OpenFreshChannelAsync();
        var messageId = (await _bot.PostMessageAsync(channelId, new { content = "v0" })).GetProperty("id").GetString();
        var injected = await _control.PostAsJsonAsync("/_emulator/faults/rate-limit",
            new { method = "PATCH", route = EditRoute, count = 2, retry_after = 1.5, global = false });
        Assert.True(injected.IsSuccessStatusCode);
        var rateLimitedBefore = await RateLimitedCountAsync();

        var first = await _bot.PatchAsJsonAsync($"channels/{channelId}/messages/{messageId}", new { content = "v1" });
        var second = await _bot.PatchAsJsonAsync($"channels/{channelId}/messages/{messageId}", new { content = "v1" });
        var third = await _bot.PatchAsJsonAsync($"channels/{channelId}/messages/{messageId}", new { content = "v1" });

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(1.5, (await first.ReadJsonAsync()).GetProperty("retry_after").GetDouble(), precision: 3);
        Assert.Equal("2", Header(first, "Retry-After"));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(rateLimitedBefore + 2, await RateLimitedCountAsync());
    }

    [Fact]
    public async Task Injected_global_429_says_so_in_body_and_headers()
    {
        await _control.PostAsJsonAsync("/_emulator/faults/rate-limit",
            new { method = "GET", route = "/guilds/{guild_id}/roles", count = 1, retry_after = 0.25, global = true });

        var refused = await _bot.GetAsync($"guilds/{Seed.GuildA}/roles");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var body = await refused.ReadJsonAsync();
        Assert.True(body.GetProperty("global").GetBoolean());
        Assert.Equal(0.25, body.GetProperty("retry_after").GetDouble(), precision: 3);
        Assert.Equal("true", Header(refused, "X-RateLimit-Global"));
        Assert.Equal("global", Header(refused, "X-RateLimit-Scope"));
    }

    [Fact]
    public async Task Global_limit_is_50_requests_per_second_for_the_bot_and_interaction_callbacks_are_exempt()
    {
        for (var request = 0; request < 25; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _bot.GetAsync("gateway/bot")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await _bot.GetAsync($"guilds/{Seed.GuildB}/roles")).StatusCode);
        }

        var overGlobal = await _bot.GetAsync($"guilds/{Seed.GuildA}/channels");
        var callback = await _bot.PostAsJsonAsync("interactions/1/not-a-token/callback", new { type = 4, data = new { content = "hi" } });
        _emulator.Time!.Advance(TimeSpan.FromSeconds(1));
        var nextSecond = await _bot.GetAsync($"guilds/{Seed.GuildA}/channels");

        Assert.Equal(HttpStatusCode.TooManyRequests, overGlobal.StatusCode);
        Assert.True((await overGlobal.ReadJsonAsync()).GetProperty("global").GetBoolean());
        await DiscordAssert.ErrorAsync(callback, HttpStatusCode.NotFound, 10062);
        Assert.Equal(HttpStatusCode.OK, nextSecond.StatusCode);
    }

    [Fact]
    public async Task Stats_count_requests_by_method_and_route_template_until_reset()
    {
        await _bot.GetAsync($"guilds/{Seed.GuildA}/members/{Seed.Anna}");
        await _bot.GetAsync($"guilds/{Seed.GuildB}/members/{Seed.Ben}");

        var stats = await _control.GetFromJsonAsync<JsonElement>("/_emulator/stats");
        Assert.True(stats.GetProperty("requests").GetProperty("GET /guilds/{guild_id}/members/{user_id}").GetInt32() >= 2);

        var reset = await _control.PostAsync("/_emulator/stats/reset", content: null);
        Assert.True(reset.IsSuccessStatusCode);
        var zeroed = await _control.GetFromJsonAsync<JsonElement>("/_emulator/stats");
        Assert.Equal(0, zeroed.GetProperty("rate_limited").GetInt32());
        Assert.Empty(zeroed.GetProperty("requests").EnumerateObject());
        Assert.Empty(zeroed.GetProperty("message_edits").EnumerateObject());
    }

    private async Task<int> RateLimitedCountAsync() =>
        (await _control.GetFromJsonAsync<JsonElement>("/_emulator/stats")).GetProperty("rate_limited").GetInt32();

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : throw new Xunit.Sdk.XunitException($"Missing header {name}.");
}
