using GameScheduler.Api.Guilds;
using GameScheduler.Core.Users;
using GameScheduler.Discord.OAuth;

namespace GameScheduler.Api.Auth;

/// <summary>
/// Discord's OAuth2 code flow with PKCE: a login starts with a one-time state and a nonce for the browser, and ends,
/// when Discord sends that same browser back with the state and a code, in a new session for the user.
/// </summary>
public sealed class LoginFlow(
    LoginStateStore logins,
    DiscordOAuthClient discord,
    DiscordTokens tokens,
    SessionStore sessions,
    UserDirectory users,
    GuildMembership membership,
    ILogger<LoginFlow> logger)
{
    /// <summary>
    /// Where to send the browser to approve the login (Discord then returns it to <paramref name="redirectUri"/>), and
    /// the nonce that browser must bring back.
    /// </summary>
    public async Task<LoginStart> BeginAsync(string? returnTo, Uri redirectUri)
    {
        var codeVerifier = Pkce.NewVerifier();
        var issued = await logins.CreateAsync(new LoginStateStore.PendingLogin(ReturnPaths.Sanitize(returnTo), redirectUri, codeVerifier));
        return new LoginStart(discord.AuthorizeUrl(redirectUri, issued.State, codeVerifier), issued.Nonce);
    }

    /// <param name="nonce">The nonce the browser brought back; a state only completes with the nonce issued with it.</param>
    public async Task<LoginOutcome> CompleteAsync(string? state, string? nonce, string? code, string? error, CancellationToken ct)
    {
        var login = string.IsNullOrEmpty(state) ? null : await logins.TakeAsync(state, nonce);
        if (login is null)
        {
            return new LoginRejected(
                "Login expired or forged",
                "This login link is unknown, was already used, or was started in another browser. Start the login again.");
        }

        if (!string.IsNullOrEmpty(error) || string.IsNullOrEmpty(code))
        {
            return new LoginRejected("Login refused", "Discord did not authorize the login.");
        }

        try
        {
            var granted = await discord.ExchangeCodeAsync(code, login.RedirectUri, login.CodeVerifier, ct);
            var user = await discord.GetCurrentUserAsync(granted.AccessToken, ct);
            var profile = new UserProfile(user.Id, user.Username, user.DisplayName, user.Avatar);
            await users.EnsureAsync(profile, ct);
            await membership.StoreAsync(user.Id, await discord.GetCurrentUserGuildsAsync(granted.AccessToken, ct));
            var sessionToken = await sessions.CreateAsync(tokens.Seal(user, granted));
            logger.LogInformation("User {UserId} logged in", user.Id);
            return new LoggedIn(sessionToken, login.ReturnTo);
        }
        catch (DiscordOAuthException exception) when (exception.StatusCode < StatusCodes.Status500InternalServerError)
        {
            logger.LogWarning("Discord refused a login code: {StatusCode} {OAuthError}", exception.StatusCode, exception.Error);
            return new LoginRejected("Login failed", $"Discord refused the login code ({exception.Error}). Start the login again.");
        }
    }
}

public sealed record LoginStart(Uri AuthorizeUrl, string Nonce);

public abstract record LoginOutcome;

public sealed record LoggedIn(string SessionToken, string ReturnTo) : LoginOutcome;

public sealed record LoginRejected(string Title, string Detail) : LoginOutcome;
