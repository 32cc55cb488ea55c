using System.Net;
using GameScheduler.Api.Auth;
using GameScheduler.Api.Tests.Infrastructure;
using GameScheduler.Api.Tests.Realtime;
using GameScheduler.Discord.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GameScheduler.Api.Tests.Auth;

/// <summary>
/// The session cookie through the real "Session" scheme and Valkey: who gets in, and how Discord's access token is kept
/// alive (or the session ended) behind a request.
/// </summary>
[Collection(ValkeyCollection.Name)]
public sealed class SessionAuthenticationTests(ValkeyFixture valkey) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeDiscordOAuth _discord = new();
    private ConventionsHost _host = null!;

    public async Task InitializeAsync() => _host = await SessionHost.StartAsync(valkey, _discord,
        app => app.MapGet("/api/v1/discord-token", (HttpContext context, DiscordTokens tokens, CancellationToken ct) =>
            tokens.AccessTokenAsync(context, ct)).RequireAuthorization(),
        services => services.AddSingleton<TimeProvider>(_clock));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Without_a_cookie_the_answer_is_a_401_problem()
    {
        using var response = await _host.Client.GetAsync("/api/v1/discord-token");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_forged_cookie_is_a_401()
    {
        using var response = await GetTokenAsync("not-a-session");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_live_session_uses_its_access_token_without_asking_discord()
    {
        var session = await LogInAsync(expiresIn: TimeSpan.FromHours(1));

        using var response = await GetTokenAsync(session);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("access-1", await response.Content.ReadAsStringAsync());
        Assert.Empty(_discord.RefreshTokensUsed);
    }

    [Fact]
    public async Task An_expired_access_token_is_refreshed_once_and_kept_in_the_session()
    {
        var session = await LogInAsync(expiresIn: TimeSpan.FromHours(1));
        _clock.Advance(TimeSpan.FromHours(2));

        using var first = await GetTokenAsync(session);
        using var second = await GetTokenAsync(session);

        Assert.Equal("access-2", await first.Content.ReadAsStringAsync());
        Assert.Equal("access-2", await second.Content.ReadAsStringAsync());
        Assert.Equal(["refresh-1"], _discord.RefreshTokensUsed);
    }

    [Fact]
    public async Task A_refresh_token_spent_by_a_concurrent_request_uses_that_requests_tokens()
    {
        var session = await LogInAsync(expiresIn: TimeSpan.FromHours(1));
        _clock.Advance(TimeSpan.FromHours(2));
        _discord.OnRefresh = async () =>
        {
            // The other request won the race: it stored fresh tokens and Discord has rotated the refresh token away.
            await StoreAsync(session, Seal("access-by-other-request", "refresh-2", TimeSpan.FromDays(7)));
            return FakeDiscordOAuth.InvalidGrant();
        };

        using var response = await GetTokenAsync(session);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("access-by-other-request", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_refresh_discord_refuses_ends_the_session_with_a_401_and_clears_the_cookie()
    {
        var session = await LogInAsync(expiresIn: TimeSpan.FromHours(1));
        _clock.Advance(TimeSpan.FromHours(2));
        _discord.OnRefresh = () => Task.FromResult(FakeDiscordOAuth.InvalidGrant());

        using var refused = await GetTokenAsync(session);

        var problem = await refused.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Session ended", problem.GetProperty("title").GetString());
        Assert.Contains(refused.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("session_token=;"));
        Assert.Null(await _host.Services.GetRequiredService<SessionStore>().FindAsync(session));
    }

    [Fact]
    public async Task Sealed_tokens_the_key_ring_cannot_open_end_the_session_with_a_401_and_clear_the_cookie()
    {
        var session = await _host.Services.GetRequiredService<SessionStore>().CreateAsync(
            Seal("access-1", "refresh-1", TimeSpan.FromHours(1)) with { ProtectedAccessToken = "sealed-under-a-lost-key" });

        using var refused = await GetTokenAsync(session);

        var problem = await refused.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Session ended", problem.GetProperty("title").GetString());
        Assert.Contains(refused.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("session_token=;"));
        Assert.Null(await _host.Services.GetRequiredService<SessionStore>().FindAsync(session));
    }

    private async Task<string> LogInAsync(TimeSpan expiresIn) =>
        await _host.Services.GetRequiredService<SessionStore>().CreateAsync(Seal("access-1", "refresh-1", expiresIn));

    private Session Seal(string accessToken, string refreshToken, TimeSpan expiresIn)
    {
        using var scope = _host.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DiscordTokens>().Seal(
            new OAuthUser("1300000000000000003", "anna", "Anna", null),
            new OAuthTokens(accessToken, "Bearer", (int)expiresIn.TotalSeconds, refreshToken, DiscordOAuthClient.Scopes));
    }

    private Task StoreAsync(string sessionToken, Session session) =>
        _host.Services.GetRequiredService<SessionStore>().ReplaceAsync(sessionToken, session);

    private Task<HttpResponseMessage> GetTokenAsync(string sessionToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/discord-token");
        request.Headers.Add("Cookie", $"session_token={sessionToken}");
        return _host.Client.SendAsync(request);
    }
}
