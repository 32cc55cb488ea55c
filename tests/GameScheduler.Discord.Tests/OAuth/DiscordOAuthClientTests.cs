using GameScheduler.Discord.OAuth;
using GameScheduler.Discord.Tests.Rest;
using Microsoft.AspNetCore.WebUtilities;

namespace GameScheduler.Discord.Tests.OAuth;

public sealed class DiscordOAuthClientTests : IDisposable
{
    private static readonly Uri RedirectUri = new("https://games.example/api/v1/auth/callback");
    // RFC 7636 appendix B: this verifier's S256 challenge.
    private const string CodeVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private const string CodeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private const string Tokens = """{"access_token":"a1","token_type":"Bearer","expires_in":604800,"refresh_token":"r1","scope":"identify guilds"}""";

    private readonly OAuthHarness harness = new();

    [Fact]
    public void The_authorize_url_asks_for_a_code_with_identify_and_guilds_and_a_pkce_challenge()
    {
        var url = harness.Client.AuthorizeUrl(RedirectUri, "opaque-state", CodeVerifier);

        var query = QueryHelpers.ParseQuery(url.Query);
        Assert.Equal("https://discord.test/oauth2/authorize", url.GetLeftPart(UriPartial.Path));
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("1100000000000000001", query["client_id"]);
        Assert.Equal("identify guilds", query["scope"]);
        Assert.Equal(RedirectUri.AbsoluteUri, query["redirect_uri"]);
        Assert.Equal("opaque-state", query["state"]);
        Assert.Equal(CodeChallenge, query["code_challenge"]);
        Assert.Equal("S256", query["code_challenge_method"]);
    }

    [Fact]
    public async Task A_code_is_exchanged_with_a_form_post_carrying_the_client_credentials_and_the_pkce_verifier()
    {
        harness.Api.Respond = _ => FakeDiscordApi.Json(HttpStatusCode.OK, Tokens);

        var tokens = await harness.Client.ExchangeCodeAsync("the-code", RedirectUri, CodeVerifier, CancellationToken.None);

        var request = Assert.Single(harness.Api.Requests);
        var form = QueryHelpers.ParseQuery(request.Body);
        Assert.Equal("https://discord.test/api/v10/oauth2/token", request.Url.AbsoluteUri);
        Assert.Equal("authorization_code", form["grant_type"]);
        Assert.Equal("the-code", form["code"]);
        Assert.Equal(RedirectUri.AbsoluteUri, form["redirect_uri"]);
        Assert.Equal(CodeVerifier, form["code_verifier"]);
        Assert.Equal(("1100000000000000001", "client-secret"), (form["client_id"].ToString(), form["client_secret"].ToString()));
        Assert.Equal(("a1", "r1"), (tokens.AccessToken, tokens.RefreshToken));
    }

    [Fact]
    public async Task A_refused_grant_becomes_an_oauth_exception()
    {
        harness.Api.Respond = _ => FakeDiscordApi.Json(HttpStatusCode.BadRequest, """{"error":"invalid_grant","error_description":"Invalid \"code\" in request."}""");

        var refused = await Assert.ThrowsAsync<DiscordOAuthException>(() => harness.Client.ExchangeCodeAsync("used", RedirectUri, CodeVerifier, CancellationToken.None));

        Assert.Equal((400, "invalid_grant"), (refused.StatusCode, refused.Error));
    }

    [Fact]
    public async Task A_429_is_retried_after_retry_after_and_not_before()
    {
        harness.Api.Respond = _ => harness.Api.Count == 1 ? FakeDiscordApi.TooManyRequests(1.5, global: false) : FakeDiscordApi.Json(HttpStatusCode.OK, Tokens);

        var exchange = harness.Client.ExchangeCodeAsync("the-code", RedirectUri, CodeVerifier, CancellationToken.None);
        await Eventually.HoldsAsync(() => harness.Api.Count == 1, Eventually.DefaultTimeout, "the first attempt was sent");
        harness.Time.Advance(TimeSpan.FromSeconds(1.4));
        await Eventually.SettledAsync(() => harness.Api.Count);
        Assert.Equal(1, harness.Api.Count);
        harness.Time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal("a1", (await exchange.WaitAsync(Eventually.DefaultTimeout)).AccessToken);
        Assert.Equal(TimeSpan.FromSeconds(1.5), harness.Api.Requests[1].At - harness.Api.Requests[0].At);
    }

    [Fact]
    public async Task A_429_whose_retry_after_is_beyond_the_cap_fails_at_once()
    {
        harness.Api.Respond = _ => FakeDiscordApi.TooManyRequests(3600, global: false);

        var refused = await Assert.ThrowsAsync<DiscordOAuthException>(
            () => harness.Client.ExchangeCodeAsync("the-code", RedirectUri, CodeVerifier, CancellationToken.None).WaitAsync(Eventually.DefaultTimeout));

        Assert.Equal(429, refused.StatusCode);
        Assert.Equal(1, harness.Api.Count);
    }

    public void Dispose() => harness.Dispose();
}
