using System.Net.Http.Headers;
using GameScheduler.DiscordEmulator.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace GameScheduler.DiscordEmulator.Tests;

public sealed class OAuthTests(RealTimeEmulator emulator) : IClassFixture<RealTimeEmulator>
{
    private const string AllPermissions = "2251799813685247";

    private readonly HttpClient _client = emulator.CreateClient();

    [Fact]
    public async Task Authorize_shortcut_redirects_back_with_a_code_and_the_state()
    {
        var response = await _client.GetAsync(OAuthFlow.AuthorizePath(Seed.Carol, state: "abc 123"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(OAuthFlow.RedirectUri + "?", location.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.False(string.IsNullOrEmpty(query["code"]));
        Assert.Equal("abc 123", query["state"].ToString());
    }

    [Fact]
    public async Task Code_exchange_gives_bearer_tokens_for_users_me_and_their_guilds()
    {
        var code = await OAuthFlow.AuthorizeAsync(_client, Seed.Carol);

        var response = await OAuthFlow.ExchangeAsync(_client, code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = await response.ReadJsonAsync();
        Assert.Equal("Bearer", tokens.GetProperty("token_type").GetString());
        Assert.Equal(604800, tokens.GetProperty("expires_in").GetInt32());
        Assert.Equal("identify guilds", tokens.GetProperty("scope").GetString());
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refresh_token").GetString()));
        var accessToken = tokens.GetProperty("access_token").GetString()!;

        var me = await OAuthFlow.GetAsUserAsync(_client, "/api/v10/users/@me", accessToken);
        Assert.Equal(Seed.Carol, me.GetProperty("id").GetString());
        Assert.Equal("carol", me.GetProperty("username").GetString());

        var guilds = await OAuthFlow.GetAsUserAsync(_client, "/api/v10/users/@me/guilds", accessToken);
        Assert.Equal([Seed.GuildA, Seed.GuildB], guilds.EnumerateArray().Select(guild => guild.GetProperty("id").GetString()));
        var guildA = guilds[0];
        Assert.Equal("Guild A", guildA.GetProperty("name").GetString());
        Assert.False(guildA.GetProperty("owner").GetBoolean());
        Assert.Equal("2147601473", guildA.GetProperty("permissions").GetString());
        Assert.Equal(JsonValueKind.Null, guildA.GetProperty("icon").ValueKind);
    }

    [Fact]
    public async Task Owners_and_role_holders_get_their_permissions_in_guild_entries()
    {
        var ownerToken = await OAuthFlow.LogInAsync(_client, Seed.AliceOwner);
        var gameMasterToken = await OAuthFlow.LogInAsync(_client, Seed.Gina);

        var ownerGuild = (await OAuthFlow.GetAsUserAsync(_client, "/api/v10/users/@me/guilds", ownerToken)).EnumerateArray().Single();
        var gameMasterGuild = (await OAuthFlow.GetAsUserAsync(_client, "/api/v10/users/@me/guilds", gameMasterToken)).EnumerateArray().Single();

        Assert.True(ownerGuild.GetProperty("owner").GetBoolean());
        Assert.Equal(AllPermissions, ownerGuild.GetProperty("permissions").GetString());
        var permissions = ulong.Parse(gameMasterGuild.GetProperty("permissions").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(32UL, permissions & 32UL);
    }

    [Fact]
    public async Task A_code_is_single_use()
    {
        var code = await OAuthFlow.AuthorizeAsync(_client, Seed.Anna);

        var first = await OAuthFlow.ExchangeAsync(_client, code);
        var reused = await OAuthFlow.ExchangeAsync(_client, code);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal("invalid_grant", (await reused.ReadJsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_code_is_bound_to_its_redirect_uri()
    {
        var code = await OAuthFlow.AuthorizeAsync(_client, Seed.Anna);

        var elsewhere = await OAuthFlow.ExchangeAsync(_client, code, redirectUri: "http://evil.example/callback");
        var original = await OAuthFlow.ExchangeAsync(_client, code);

        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Equal("invalid_grant", (await elsewhere.ReadJsonAsync()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
    }

    [Fact]
    public async Task A_code_issued_with_a_pkce_challenge_needs_the_verifier_that_answers_it()
    {
        var code = await OAuthFlow.AuthorizeAsync(_client, Seed.Anna, codeChallenge: OAuthFlow.CodeChallenge);

        var wrongVerifier = await OAuthFlow.ExchangeAsync(_client, code, codeVerifier: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        var noVerifier = await OAuthFlow.ExchangeAsync(_client, code);
        var rightVerifier = await OAuthFlow.ExchangeAsync(_client, code, codeVerifier: OAuthFlow.CodeVerifier);

        Assert.Equal(HttpStatusCode.BadRequest, wrongVerifier.StatusCode);
        Assert.Equal("invalid_grant", (await wrongVerifier.ReadJsonAsync()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noVerifier.StatusCode);
        Assert.Equal("invalid_grant", (await noVerifier.ReadJsonAsync()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, rightVerifier.StatusCode);
    }

    [Fact]
    public async Task Authorize_accepts_only_the_S256_challenge_method()
    {
        var plain = await _client.GetAsync(OAuthFlow.AuthorizePath(Seed.Anna, codeChallenge: OAuthFlow.CodeVerifier, codeChallengeMethod: "plain"));

        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
    }

    [Fact]
    public async Task Wrong_client_secret_is_invalid_client_and_http_basic_credentials_work()
    {
        var code = await OAuthFlow.AuthorizeAsync(_client, Seed.Ben);

        var wrongSecret = await OAuthFlow.ExchangeAsync(_client, code, clientSecret: "guess");
        using var basic = new HttpRequestMessage(HttpMethod.Post, "/api/v10/oauth2/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = code,
                ["redirect_uri"] = OAuthFlow.RedirectUri,
            }),
        };
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{Seed.ApplicationId}:{Seed.ClientSecret}")));
        var withBasic = await _client.SendAsync(basic);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal("invalid_client", (await wrongSecret.ReadJsonAsync()).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, withBasic.StatusCode);
    }

    [Fact]
    public async Task Refresh_rotates_tokens_and_retires_the_old_refresh_token()
    {
        var code = await OAuthFlow.AuthorizeAsync(_client, Seed.Ben);
        var tokens = await (await OAuthFlow.ExchangeAsync(_client, code)).ReadJsonAsync();
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;

        var refreshed = await RefreshAsync(refreshToken);
        var replayed = await RefreshAsync(refreshToken);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var newTokens = await refreshed.ReadJsonAsync();
        Assert.NotEqual(tokens.GetProperty("access_token").GetString(), newTokens.GetProperty("access_token").GetString());
        Assert.NotEqual(refreshToken, newTokens.GetProperty("refresh_token").GetString());
        var me = await OAuthFlow.GetAsUserAsync(_client, "/api/v10/users/@me", newTokens.GetProperty("access_token").GetString()!);
        Assert.Equal(Seed.Ben, me.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal("invalid_grant", (await replayed.ReadJsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Revoking_a_users_tokens_refuses_their_access_and_refresh_tokens_and_no_one_elses()
    {
        var code = await OAuthFlow.AuthorizeAsync(_client, Seed.Carol);
        var tokens = await (await OAuthFlow.ExchangeAsync(_client, code)).ReadJsonAsync();
        var otherToken = await OAuthFlow.LogInAsync(_client, Seed.AliceOwner);

        var revoke = await _client.PostAsync($"/_emulator/users/{Seed.Carol}/revoke-tokens", null);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        using var guilds = new HttpRequestMessage(HttpMethod.Get, "/api/v10/users/@me/guilds");
        guilds.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(guilds)).StatusCode);
        var refresh = await _client.PostAsync("/api/v10/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
            ["client_id"] = Seed.ApplicationId,
            ["client_secret"] = Seed.ClientSecret,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        await OAuthFlow.GetAsUserAsync(_client, "/api/v10/users/@me", otherToken);
    }

    [Fact]
    public async Task Revoking_the_tokens_of_an_unknown_user_is_a_404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsync("/_emulator/users/1999999999999999999/revoke-tokens", null)).StatusCode);

    [Fact]
    public async Task Authorize_without_the_shortcut_shows_the_user_picker_and_rejects_unknown_clients()
    {
        var picker = await _client.GetAsync(OAuthFlow.AuthorizePath(userId: null));
        var unknownClient = await _client.GetAsync(OAuthFlow.AuthorizePath(Seed.Anna, clientId: "42"));
        var unknownUser = await _client.GetAsync(OAuthFlow.AuthorizePath("42"));

        Assert.Equal(HttpStatusCode.OK, picker.StatusCode);
        Assert.Equal("text/html", picker.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, unknownClient.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownUser.StatusCode);
    }

    [Fact]
    public async Task Bearer_tokens_are_refused_on_bot_routes_and_unknown_ones_everywhere()
    {
        var accessToken = await OAuthFlow.LogInAsync(_client, Seed.Anna);

        using var botRoute = new HttpRequestMessage(HttpMethod.Get, $"/api/v10/guilds/{Seed.GuildA}/roles");
        botRoute.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var unknownToken = new HttpRequestMessage(HttpMethod.Get, "/api/v10/users/@me");
        unknownToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "nope");

        await DiscordAssert.ErrorAsync(await _client.SendAsync(botRoute), HttpStatusCode.Forbidden, 50001);
        await DiscordAssert.ErrorAsync(await _client.SendAsync(unknownToken), HttpStatusCode.Unauthorized, 0);
    }

    [Fact]
    public async Task Bot_token_on_users_me_returns_the_bot_user()
    {
        using var bot = emulator.CreateBotClient();

        var me = await bot.GetFromJsonAsync<JsonElement>("users/@me");

        Assert.Equal(Seed.ApplicationId, me.GetProperty("id").GetString());
        Assert.True(me.GetProperty("bot").GetBoolean());
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        _client.PostAsync("/api/v10/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = Seed.ApplicationId,
            ["client_secret"] = Seed.ClientSecret,
        }));
}
