using System.Net;
using System.Net.Http.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Scheduling;

/// <summary>Discord login through the emulator, sessions, and the anti-forgery rule.</summary>
[Collection(GraphCollection.Name)]
public sealed class AuthTests(GraphFixture graph) : IAsyncLifetime
{
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
    public async Task A_callback_replayed_after_a_login_is_rejected_and_sets_no_cookie()
    {
        using var client = CookielessClient();
        var callback = await ApproveLoginAsync(client, Seed.AnnaGuildAOnly);
        using var first = await client.GetAsync(callback).WaitAsync(ApiSession.RequestTimeout);

        using var replayed = await client.GetAsync(callback).WaitAsync(ApiSession.RequestTimeout);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal("application/problem+json", replayed.Content.Headers.ContentType?.MediaType);
        Assert.False(replayed.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_same_site_lax_and_site_wide()
    {
        using var client = CookielessClient();
        var callback = await ApproveLoginAsync(client, Seed.AnnaGuildAOnly);

        using var response = await client.GetAsync(callback).WaitAsync(ApiSession.RequestTimeout);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), value => value.StartsWith("session_token=")).ToLowerInvariant();
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
        var apiUrl = graph.App.GetEndpoint("api", "http");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = apiUrl,
        };

        var authorize = await DiscordLogin.RedirectTargetAsync(client, new Uri(apiUrl, "/api/v1/auth/login?return_to=//evil.example/x"));
        var callback = await DiscordLogin.RedirectTargetAsync(client, new Uri($"{authorize}&emulator_user_id={Seed.AnnaGuildAOnly}"));
        var landing = await DiscordLogin.RedirectTargetAsync(client, callback);

        Assert.Equal(apiUrl.Authority, landing.Authority);
        Assert.Equal("/", landing.AbsolutePath);
    }

    /// <summary>A client that shows each Set-Cookie to the test instead of keeping it.</summary>
    private HttpClient CookielessClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = graph.App.GetEndpoint("api", "http") };

    /// <summary>Runs the login up to Discord's approval and returns the callback URL Discord sent the browser back to.</summary>
    private static async Task<Uri> ApproveLoginAsync(HttpClient client, string userId)
    {
        var authorize = await DiscordLogin.RedirectTargetAsync(client, new Uri(client.BaseAddress!, "/api/v1/auth/login?return_to=/"));
        return await DiscordLogin.RedirectTargetAsync(client, new Uri($"{authorize}&emulator_user_id={userId}"));
    }
}
