using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.Discord.Rest.RateLimits;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace GameScheduler.Discord.OAuth;

/// <summary>
/// Discord's OAuth2 authorization-code flow and the two user endpoints a logged-in user's token opens. Its requests count
/// toward the application's global limit too: they wait out a global pause in <see cref="IGlobalRateLimitStore"/>, and a
/// global 429 they meet pauses every client sharing it.
/// </summary>
public sealed class DiscordOAuthClient(HttpClient http, IOptions<DiscordOptions> options, IGlobalRateLimitStore globalPause, TimeProvider time)
{
    public const string Scopes = "identify guilds";
    private const int MaxRateLimitedAttempts = 5;

    private DiscordOptions Discord => options.Value;

    /// <summary>Discord's authorize page for a login with this state, challenged with <paramref name="codeVerifier"/> (PKCE).</summary>
    public Uri AuthorizeUrl(Uri redirectUri, string state, string codeVerifier) =>
        new(QueryHelpers.AddQueryString(Discord.AuthorizeUrl.AbsoluteUri, new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = Discord.ApplicationId,
            ["scope"] = Scopes,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
            ["state"] = state,
            ["code_challenge"] = Pkce.Challenge(codeVerifier),
            ["code_challenge_method"] = Pkce.Method,
        }));

    public Task<OAuthTokens> ExchangeCodeAsync(string code, Uri redirectUri, string codeVerifier, CancellationToken ct) =>
        RequestTokensAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
            ["code_verifier"] = codeVerifier,
        }, ct);

    public Task<OAuthTokens> RefreshAsync(string refreshToken, CancellationToken ct) =>
        RequestTokensAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
        }, ct);

    public Task<OAuthUser> GetCurrentUserAsync(string accessToken, CancellationToken ct) =>
        GetAsync<OAuthUser>("users/@me", accessToken, ct);

    public Task<IReadOnlyList<OAuthGuild>> GetCurrentUserGuildsAsync(string accessToken, CancellationToken ct) =>
        GetAsync<IReadOnlyList<OAuthGuild>>("users/@me/guilds", accessToken, ct);

    private async Task<OAuthTokens> RequestTokensAsync(Dictionary<string, string> form, CancellationToken ct)
    {
        form["client_id"] = Discord.ApplicationId;
        form["client_secret"] = Discord.ClientSecret;
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, Discord.ApiUrl("oauth2/token")) { Content = new FormUrlEncodedContent(form) },
            ct);
        return await ReadAsync<OAuthTokens>(response, ct);
    }

    private async Task<T> GetAsync<T>(string path, string accessToken, CancellationToken ct)
    {
        using var response = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, Discord.ApiUrl(path));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            return request;
        }, ct);
        return await ReadAsync<T>(response, ct);
    }

    /// <summary>
    /// Sends, and when Discord answers 429 waits the <c>retry_after</c> it names and sends again (a rate-limited request
    /// was not processed, so even a single-use code is still good). A wait beyond
    /// <see cref="DiscordOptions.OAuthMaxRetryAfter"/> is not sat out: the 429 becomes the caller's exception at once.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await WaitOutGlobalPauseAsync(ct);
            using var request = createRequest();
            var response = await http.SendAsync(request, ct);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == MaxRateLimitedAttempts)
            {
                return response;
            }

            var limited = await TooManyRequests.ReadAsync(response, ct);
            if (limited.Global)
            {
                await globalPause.PauseUntilAsync(time.GetUtcNow() + limited.RetryAfter, ct);
            }

            if (limited.RetryAfter > Discord.OAuthMaxRetryAfter)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(limited.RetryAfter, time, ct);
        }
    }

    private async Task WaitOutGlobalPauseAsync(CancellationToken ct)
    {
        var left = await globalPause.PausedUntilAsync(ct) - time.GetUtcNow();
        if (left <= TimeSpan.Zero) return;
        if (left > Discord.OAuthMaxRetryAfter)
        {
            throw new DiscordOAuthException((int)HttpStatusCode.TooManyRequests, "global rate limit");
        }

        await Task.Delay(left, time, ct);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new DiscordOAuthException((int)response.StatusCode, await ErrorCodeAsync(response, ct));
        }

        return await response.Content.ReadFromJsonAsync<T>(ct)
            ?? throw new DiscordOAuthException((int)response.StatusCode, "empty response");
    }

    private static async Task<string> ErrorCodeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            return body.RootElement.TryGetProperty("error", out var error) ? error.GetString() ?? "unknown"
                : body.RootElement.TryGetProperty("message", out var message) ? message.GetString() ?? "unknown"
                : "unknown";
        }
        catch (JsonException)
        {
            return response.ReasonPhrase ?? "unknown";
        }
    }
}
