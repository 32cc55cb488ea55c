using System.Net;
using System.Net.Http.Json;
using System.Web;
using GameScheduler.Core.Data;
using GameScheduler.EndToEnd.Tests.Bot;
using GameScheduler.EndToEnd.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>
/// Discord login through the emulator, the login bound to its browser, behind a TLS proxy, sessions and their end, and
/// the anti-forgery rule.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class AuthTests(GraphFixture graph) : IAsyncLifetime
{
    // A member removal reaches the Api through the bot and RabbitMQ within a few seconds; this bounds it under load.
    private static readonly TimeSpan Revocation = TimeSpan.FromSeconds(20);

    public Task InitializeAsync() => SeedGuilds.EnsureAsync(graph);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Logging_in_through_the_emulator_sets_a_session_cookie_that_works()
    {
        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);

        var me = await anna.GetJsonAsync("/api/v1/auth/user");

        Assert.Equal(Seed.AnnaGuildAOnly, me.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal([Seed.GuildA], me.GetProperty("guilds").EnumerateArray().Select(g => g.GetProperty("id").GetString()));
        Assert.NotEmpty(anna.SessionToken);
    }

    [Fact]
    public async Task A_forged_or_reused_state_is_rejected()
    {
        using var client = graph.CreateHttpClient("api");

        using var forged = await client.GetAsync("/api/v1/auth/callback?code=whatever&state=forged").WaitAsync(ApiSession.RequestTimeout);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_callback_replayed_after_a_login_is_rejected_and_sets_no_session_cookie()
    {
        using var client = CookielessClient();
        var approved = await ApproveLoginAsync(client, Seed.AnnaGuildAOnly);
        using var first = await CompleteLoginAsync(client, approved);

        using var replayed = await CompleteLoginAsync(client, approved);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal("application/problem+json", replayed.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(SetCookies(replayed), cookie => cookie.StartsWith("session_token=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_login_started_in_one_browser_and_finished_in_another_gives_the_other_no_session()
    {
        using var starter = BrowserClient();
        using var other = BrowserClient();
        var authorize = await DiscordLogin.RedirectTargetAsync(starter, new Uri(starter.BaseAddress!, "/api/v1/auth/login?return_to=/"));
        var callback = await DiscordLogin.RedirectTargetAsync(starter, new Uri($"{authorize}&emulator_user_id={Seed.AnnaGuildAOnly}"));

        using var finished = await other.GetAsync(callback).WaitAsync(ApiSession.RequestTimeout);
        using var me = await other.GetAsync("/api/v1/auth/user").WaitAsync(ApiSession.RequestTimeout);

        Assert.Equal(HttpStatusCode.BadRequest, finished.StatusCode);
        Assert.Equal("application/problem+json", finished.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task The_login_nonce_cookie_is_http_only_same_site_lax_for_the_callback_only_and_spent_by_it()
    {
        using var client = CookielessClient();
        var approved = await ApproveLoginAsync(client, Seed.AnnaGuildAOnly);

        using var completed = await CompleteLoginAsync(client, approved);

        var set = approved.SetNonceCookie.ToLowerInvariant();
        Assert.Contains("httponly", set);
        Assert.Contains("samesite=lax", set);
        Assert.Contains("path=/api/v1/auth/callback", set);
        Assert.Contains("max-age=600", set);
        var deleted = Assert.Single(SetCookies(completed), cookie => cookie.StartsWith("login_nonce=", StringComparison.Ordinal));
        Assert.StartsWith("login_nonce=;", deleted, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", deleted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discord_failing_at_the_code_exchange_is_a_503_problem_that_sets_no_session_cookie()
    {
        using var client = CookielessClient();
        var approved = await ApproveLoginAsync(client, Seed.AnnaGuildAOnly);
        await EmulatorControl.For(graph).InjectOutageAsync("POST", "/oauth2/token", status: 502);

        using var failed = await CompleteLoginAsync(client, approved);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Discord is unavailable", await failed.Content.ReadAsStringAsync());
        Assert.True(failed.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {failed.Headers.RetryAfter}");
        Assert.DoesNotContain(SetCookies(failed), cookie => cookie.StartsWith("session_token=", StringComparison.Ordinal));
        var retried = await ApproveLoginAsync(client, Seed.AnnaGuildAOnly);
        using var completed = await CompleteLoginAsync(client, retried);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_same_site_lax_and_site_wide()
    {
        using var client = CookielessClient();
        var approved = await ApproveLoginAsync(client, Seed.AnnaGuildAOnly);

        using var response = await CompleteLoginAsync(client, approved);

        var cookie = Assert.Single(SetCookies(response), value => value.StartsWith("session_token=")).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("path=/", cookie);
        Assert.DoesNotContain("secure", cookie);
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        using var carol = await graph.LogInAsync(Seed.CarolBothGuilds);

        using var logout = await carol.Client.PostAsync("/api/v1/auth/logout", null).WaitAsync(ApiSession.RequestTimeout);
        using var after = await carol.Client.GetAsync("/api/v1/auth/user").WaitAsync(ApiSession.RequestTimeout);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Without_a_session_the_api_answers_401()
    {
        using var client = graph.CreateHttpClient("api");

        using var response = await client.GetAsync("/api/v1/games").WaitAsync(ApiSession.RequestTimeout);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_state_changing_request_without_the_requested_with_header_is_forbidden()
    {
        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        anna.Client.DefaultRequestHeaders.Remove("X-Requested-With");

        using var response = await anna.Client.PostAsJsonAsync("/api/v1/games", new { guild_id = Seed.GuildA })
            .WaitAsync(ApiSession.RequestTimeout);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("X-Requested-With", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_return_path_to_another_site_lands_on_the_home_page()
    {
        using var client = BrowserClient();
        var apiUrl = client.BaseAddress!;

        var authorize = await DiscordLogin.RedirectTargetAsync(client, new Uri(apiUrl, "/api/v1/auth/login?return_to=//evil.example/x"));
        var callback = await DiscordLogin.RedirectTargetAsync(client, new Uri($"{authorize}&emulator_user_id={Seed.AnnaGuildAOnly}"));
        var landing = await DiscordLogin.RedirectTargetAsync(client, callback);

        Assert.Equal(apiUrl.Authority, landing.Authority);
        Assert.Equal("/", landing.AbsolutePath);
    }

    [Fact]
    public async Task A_login_through_a_tls_proxy_on_loopback_uses_the_proxys_https_origin_and_secure_cookies()
    {
        using var client = CookielessClient();
        using var login = await SendThroughProxyAsync(client, "/api/v1/auth/login?return_to=/games", cookie: null);
        var authorize = login.Headers.Location ?? throw new InvalidOperationException("The login did not redirect to Discord.");
        var setNonceCookie = Assert.Single(SetCookies(login), cookie => cookie.StartsWith("login_nonce=", StringComparison.Ordinal));

        Assert.Equal("https://games.example.org/api/v1/auth/callback", HttpUtility.ParseQueryString(authorize.Query)["redirect_uri"]);
        Assert.Contains("secure", setNonceCookie.ToLowerInvariant());

        // Discord sends the browser to the proxy, which hands the callback on to the Api with the same headers.
        var callback = await DiscordLogin.RedirectTargetAsync(client, new Uri($"{authorize}&emulator_user_id={Seed.AnnaGuildAOnly}"));
        Assert.Equal("games.example.org", callback.Host);
        using var completed = await SendThroughProxyAsync(client, callback.PathAndQuery, setNonceCookie.Split(';')[0]);

        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Equal("/games", completed.Headers.Location?.OriginalString);
        var sessionCookie = Assert.Single(SetCookies(completed), cookie => cookie.StartsWith("session_token=", StringComparison.Ordinal));
        Assert.Contains("secure", sessionCookie.ToLowerInvariant());
    }

    [Fact]
    public async Task A_user_who_revokes_the_app_has_the_session_ended_with_a_401_at_the_next_call_to_discord()
    {
        var emulator = EmulatorControl.For(graph);
        var userId = await emulator.CreateUserAsync(JoinButtonTests.NewUsername("revoker"), Seed.GuildA, Seed.GuildB);
        using var user = await graph.LogInAsync(userId);
        var sessionToken = user.SessionToken;

        await emulator.RevokeTokensAsync(userId);
        // Leaving a guild drops the Api's cached guild list, so the next request asks Discord with the revoked token.
        await emulator.RemoveMemberAsync(Seed.GuildB, userId);

        var ended = await Eventually.ReadsAsync(async () =>
        {
            using var response = await user.Client.GetAsync("/api/v1/auth/user").WaitAsync(ApiSession.RequestTimeout);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), Cookies: SetCookies(response).ToList());
        }, read => read.StatusCode != HttpStatusCode.OK, Revocation, "the request after the revocation is no longer answered 200");

        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
        Assert.Contains("Session ended", ended.Body);
        Assert.Contains(ended.Cookies, cookie => cookie.StartsWith("session_token=;", StringComparison.Ordinal));
        using var client = CookielessClient();
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/user");
        again.Headers.Add("Cookie", $"session_token={sessionToken}");
        using var replayed = await client.SendAsync(again).WaitAsync(ApiSession.RequestTimeout);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
    }

    [Fact]
    public async Task The_data_protection_key_ring_that_seals_discords_tokens_is_kept_in_postgresql()
    {
        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        await using var database = await DomainWriter.ForGraphAsync(graph);

        var keys = await database.RunAsync<GameSchedulerDbContext, List<string?>>(db => db.DataProtectionKeys.Select(key => key.Xml).ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("<key ", xml));
    }

    /// <summary>A request as a TLS-terminating proxy on this machine forwards it.</summary>
    private static Task<HttpResponseMessage> SendThroughProxyAsync(HttpClient client, string pathAndQuery, string? cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "games.example.org");
        request.Headers.Add("X-Forwarded-For", "198.51.100.20");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return client.SendAsync(request).WaitAsync(ApiSession.RequestTimeout);
    }

    /// <summary>A client that keeps cookies as a browser does.</summary>
    private HttpClient BrowserClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = graph.App.GetEndpoint("api", "http"),
        };

    /// <summary>A client that shows each Set-Cookie to the test instead of keeping it.</summary>
    private HttpClient CookielessClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = graph.App.GetEndpoint("api", "http") };

    /// <summary>
    /// Runs the login up to Discord's approval: the callback URL Discord sent the browser back to, and the nonce cookie
    /// the login set in that browser.
    /// </summary>
    private static async Task<ApprovedLogin> ApproveLoginAsync(HttpClient client, string userId)
    {
        using var login = await client.GetAsync("/api/v1/auth/login?return_to=/").WaitAsync(ApiSession.RequestTimeout);
        var setNonceCookie = Assert.Single(SetCookies(login), cookie => cookie.StartsWith("login_nonce=", StringComparison.Ordinal));
        var authorize = login.Headers.Location ?? throw new InvalidOperationException("The login did not redirect to Discord.");
        var callback = await DiscordLogin.RedirectTargetAsync(client, new Uri($"{authorize}&emulator_user_id={userId}"));
        return new ApprovedLogin(callback, setNonceCookie);
    }

    /// <summary>Follows Discord's redirect back to the callback, carrying the nonce cookie as the browser would.</summary>
    private static Task<HttpResponseMessage> CompleteLoginAsync(HttpClient client, ApprovedLogin approved)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, approved.Callback);
        request.Headers.Add("Cookie", approved.SetNonceCookie.Split(';')[0]);
        return client.SendAsync(request).WaitAsync(ApiSession.RequestTimeout);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [];

    private sealed record ApprovedLogin(Uri Callback, string SetNonceCookie);
}
