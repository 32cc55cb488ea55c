using GameScheduler.Discord.OAuth;
using GameScheduler.Discord.Rest.RateLimits;
using GameScheduler.Discord.Tests.OAuth;
using Microsoft.Extensions.Time.Testing;

namespace GameScheduler.Discord.Tests.Rest;

/// <summary>Clients of one application sharing one <see cref="IGlobalRateLimitStore"/>, as the Api and the Bot do.</summary>
public sealed class SharedGlobalRateLimitTests : IDisposable
{
    private const string Tokens = """{"access_token":"a1","token_type":"Bearer","expires_in":604800,"refresh_token":"r1","scope":"identify guilds"}""";
    private static readonly Uri RedirectUri = new("https://games.example/api/v1/auth/callback");

    private readonly FakeTimeProvider time = new();
    private readonly InMemoryGlobalRateLimitStore globalPause = new();
    private readonly RestHarness bot;
    private readonly RestHarness other;
    private readonly OAuthHarness login;
    private Task botSend = Task.CompletedTask;

    public SharedGlobalRateLimitTests()
    {
        bot = new RestHarness(time, globalPause);
        other = new RestHarness(time, globalPause);
        login = new OAuthHarness(time, globalPause);
        other.Api.Respond = _ => FakeDiscordApi.Json(HttpStatusCode.OK, "[]");
        login.Api.Respond = _ => FakeDiscordApi.Json(HttpStatusCode.OK, Tokens);
    }

    [Fact]
    public async Task A_global_429_met_by_one_client_holds_back_the_other_until_it_passes()
    {
        var paused = await MeetGlobal429Async(retryAfter: 2);

        var roles = other.Client.GetGuildRolesAsync("20", CancellationToken.None);
        await Eventually.SettledAsync(() => other.Api.Count);
        Assert.Equal(0, other.Api.Count);

        time.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(botSend, roles).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(paused + TimeSpan.FromSeconds(2), Assert.Single(other.Api.Requests).At);
    }

    [Fact]
    public async Task The_oauth_client_waits_out_a_global_pause_met_by_the_rest_client()
    {
        var paused = await MeetGlobal429Async(retryAfter: 1.5);

        var exchange = login.Client.ExchangeCodeAsync("the-code", RedirectUri, "verifier", CancellationToken.None);
        await Eventually.SettledAsync(() => login.Api.Count);
        Assert.Equal(0, login.Api.Count);

        time.Advance(TimeSpan.FromSeconds(1.5));
        await Task.WhenAll(botSend, exchange).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(paused + TimeSpan.FromSeconds(1.5), Assert.Single(login.Api.Requests).At);
    }

    [Fact]
    public async Task The_oauth_client_fails_at_once_when_the_global_pause_outlasts_its_cap()
    {
        await MeetGlobal429Async(retryAfter: 30);

        var refused = await Assert.ThrowsAsync<DiscordOAuthException>(() =>
            login.Client.ExchangeCodeAsync("the-code", RedirectUri, "verifier", CancellationToken.None).WaitAsync(Eventually.DefaultTimeout));

        Assert.Equal(429, refused.StatusCode);
        Assert.Equal(0, login.Api.Count);
    }

    [Fact]
    public async Task A_global_429_met_by_the_oauth_client_holds_back_the_rest_client()
    {
        login.Api.Respond = _ => login.Api.Count == 1 ? FakeDiscordApi.TooManyRequests(1, global: true) : FakeDiscordApi.Json(HttpStatusCode.OK, Tokens);
        var exchange = login.Client.ExchangeCodeAsync("the-code", RedirectUri, "verifier", CancellationToken.None);
        await StorePausedAsync();
        var paused = login.Api.Requests[0].At;

        var roles = other.Client.GetGuildRolesAsync("20", CancellationToken.None);
        await Eventually.SettledAsync(() => other.Api.Count);
        Assert.Equal(0, other.Api.Count);

        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(exchange, roles).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(paused + TimeSpan.FromSeconds(1), Assert.Single(other.Api.Requests).At);
    }

    /// <summary>Has a request of the bot meet a global 429 of <paramref name="retryAfter"/> seconds, retried after it.</summary>
    /// <returns>When the bot met the 429, once the pause is in the shared store.</returns>
    private async Task<DateTimeOffset> MeetGlobal429Async(double retryAfter)
    {
        bot.Api.Respond = _ => bot.Api.Count == 1 ? FakeDiscordApi.TooManyRequests(retryAfter, global: true) : FakeDiscordApi.Message();
        botSend = bot.Client.CreateMessageAsync("10", new("hello"), CancellationToken.None);
        await StorePausedAsync();
        return bot.Api.Requests[0].At;
    }

    private Task StorePausedAsync() => Eventually.HoldsAsync(
        async () => await globalPause.PausedUntilAsync(CancellationToken.None) > time.GetUtcNow(),
        Eventually.DefaultTimeout, "a global 429 paused the shared store");

    public void Dispose()
    {
        bot.Dispose();
        other.Dispose();
        login.Dispose();
    }
}
