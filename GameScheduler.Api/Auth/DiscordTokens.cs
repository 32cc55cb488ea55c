using System.Security.Cryptography;
using GameScheduler.Discord.OAuth;
using Microsoft.AspNetCore.DataProtection;

namespace GameScheduler.Api.Auth;

/// <summary>
/// Seals Discord's tokens for storage, and makes Discord calls with the user's access token, refreshing it when it
/// expired. Whatever shows the grant is gone (Discord refuses the token or the refresh, or the sealed tokens can no
/// longer be opened because the key ring lost their key) ends the session.
/// </summary>
public sealed class DiscordTokens(
    IDataProtectionProvider protection, DiscordOAuthClient discord, SessionStore sessions, TimeProvider time, ILogger<DiscordTokens> logger)
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(1);
    private readonly IDataProtector _protector = protection.CreateProtector("GameScheduler.Api.DiscordTokens");

    /// <summary>A new session for a user who has just logged in.</summary>
    public Session Seal(OAuthUser user, OAuthTokens tokens)
    {
        var now = time.GetUtcNow();
        return new Session(
            user.Id, user.Username, user.DisplayName, user.Avatar,
            _protector.Protect(tokens.AccessToken),
            _protector.Protect(tokens.RefreshToken),
            now.AddSeconds(tokens.ExpiresIn),
            now);
    }

    /// <summary>Calls Discord with the session's access token.</summary>
    /// <exception cref="SessionEndedException">Discord answered 401: the user revoked the app, so the session was ended.</exception>
    public async Task<T> CallAsync<T>(HttpContext context, Func<string, CancellationToken, Task<T>> call, CancellationToken ct)
    {
        var accessToken = await AccessTokenAsync(context, ct);
        try
        {
            return await call(accessToken, ct);
        }
        catch (DiscordOAuthException exception) when (exception.StatusCode == StatusCodes.Status401Unauthorized)
        {
            var session = SessionAuthenticationHandler.CurrentSession(context);
            throw await EndAsync(context, $"Discord refused the access token of user {session.UserId} ({exception.Error})");
        }
    }

    /// <exception cref="SessionEndedException">Discord refused the refresh token, or the sealed tokens cannot be opened.</exception>
    public async Task<string> AccessTokenAsync(HttpContext context, CancellationToken ct)
    {
        var session = SessionAuthenticationHandler.CurrentSession(context);
        if (IsFresh(session))
        {
            return await UnsealAsync(context, session.ProtectedAccessToken);
        }

        var sessionToken = SessionAuthenticationHandler.CurrentToken(context);
        OAuthTokens refreshed;
        try
        {
            refreshed = await discord.RefreshAsync(await UnsealAsync(context, session.ProtectedRefreshToken), ct);
        }
        catch (DiscordOAuthException exception) when (exception.StatusCode is StatusCodes.Status400BadRequest or StatusCodes.Status401Unauthorized)
        {
            // Discord rotates refresh tokens: a concurrent request of this session may have spent ours a moment ago.
            if (await sessions.FindStoredAsync(sessionToken) is { } current && IsFresh(current))
            {
                return await UnsealAsync(context, current.ProtectedAccessToken);
            }

            throw await EndAsync(context, $"Discord refused to refresh the tokens of user {session.UserId} ({exception.Error})");
        }

        await sessions.ReplaceAsync(sessionToken, session with
        {
            ProtectedAccessToken = _protector.Protect(refreshed.AccessToken),
            ProtectedRefreshToken = _protector.Protect(refreshed.RefreshToken),
            AccessTokenExpiresAt = time.GetUtcNow().AddSeconds(refreshed.ExpiresIn),
        });
        return refreshed.AccessToken;
    }

    private async Task<string> UnsealAsync(HttpContext context, string sealedToken)
    {
        try
        {
            return _protector.Unprotect(sealedToken);
        }
        catch (CryptographicException)
        {
            var session = SessionAuthenticationHandler.CurrentSession(context);
            throw await EndAsync(context, $"The Discord tokens of user {session.UserId} cannot be unsealed (their key is gone from the key ring)");
        }
    }

    /// <summary>Deletes the request's session; the exception returned answers the request with a 401.</summary>
    private async Task<SessionEndedException> EndAsync(HttpContext context, string reason)
    {
        logger.LogInformation("{Reason}; ending the session", reason);
        await sessions.DeleteAsync(SessionAuthenticationHandler.CurrentToken(context));
        return new SessionEndedException();
    }

    private bool IsFresh(Session session) => session.AccessTokenExpiresAt > time.GetUtcNow() + RefreshMargin;
}
