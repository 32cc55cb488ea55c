using System.Net.Http.Headers;
using Microsoft.AspNetCore.WebUtilities;

namespace GameScheduler.DiscordEmulator.Tests.Infrastructure;

/// <summary>The OAuth2 code flow as the Api drives it: authorize (emulator shortcut), then the token endpoint.</summary>
public static class OAuthFlow
{
    public const string RedirectUri = "http://localhost:5000/api/v1/auth/callback";

    // RFC 7636 appendix B: a PKCE verifier and its S256 challenge.
    public const string CodeVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    public const string CodeChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    public static string AuthorizePath(
        string? userId,
        string redirectUri = RedirectUri,
        string state = "state-123",
        string clientId = Seed.ApplicationId,
        string? codeChallenge = null,
        string codeChallengeMethod = "S256")
    {
        var query = new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri,
            ["scope"] = "identify guilds",
            ["state"] = state,
        };
        if (codeChallenge is not null)
        {
            query["code_challenge"] = codeChallenge;
            query["code_challenge_method"] = codeChallengeMethod;
        }

        if (userId is not null)
        {
            query["emulator_user_id"] = userId;
        }

        return QueryHelpers.AddQueryString("/oauth2/authorize", query);
    }

    /// <summary>Approves as <paramref name="userId"/> and returns the code from the redirect.</summary>
    public static async Task<string> AuthorizeAsync(HttpClient client, string userId, string redirectUri = RedirectUri, string? codeChallenge = null)
    {
        var response = await client.GetAsync(AuthorizePath(userId, redirectUri, codeChallenge: codeChallenge));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        return query["code"].ToString();
    }

    public static Task<HttpResponseMessage> ExchangeAsync(
        HttpClient client, string code, string redirectUri = RedirectUri, string clientSecret = Seed.ClientSecret, string? codeVerifier = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["client_id"] = Seed.ApplicationId,
            ["client_secret"] = clientSecret,
        };
        if (codeVerifier is not null)
        {
            form["code_verifier"] = codeVerifier;
        }

        return client.PostAsync("/api/v10/oauth2/token", new FormUrlEncodedContent(form));
    }

    /// <summary>The whole flow for a user; returns the access token.</summary>
    public static async Task<string> LogInAsync(HttpClient client, string userId)
    {
        var code = await AuthorizeAsync(client, userId);
        var tokens = await (await ExchangeAsync(client, code)).ReadJsonAsync();
        return tokens.GetProperty("access_token").GetString()!;
    }

    public static async Task<JsonElement> GetAsUserAsync(HttpClient client, string path, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }
}
