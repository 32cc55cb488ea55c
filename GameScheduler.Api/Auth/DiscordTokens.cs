using GameScheduler.Discord.OAuth;
using Microsoft.AspNetCore.DataProtection;

namespace GameScheduler.Api.Auth;

/// <summary>Seals Discord's tokens for storage, and hands out a live access token, refreshing it when it expired.</summary>
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

    /// <exception cref="SessionEndedException">Discord refused the refresh token: the grant was revoked or has lapsed.</exception>
    public async Task<string> AccessTokenAsync(HttpContext context, CancellationToken ct)
    {
        var session = SessionAuthenticationHandler.CurrentSession(context);
        if (IsFresh(session))
        {
            return _protector.Unprotect(session.ProtectedAccessToken);
        }

        var sessionToken = SessionAuthenticationHandler.CurrentToken(context);
        OAuthTokens refreshed;
        try
        {
            refreshed = await discord.RefreshAsync(_protector.Unprotect(session.ProtectedRefreshToken), ct);
        }
        catch (DiscordOAuthException exception) when (exception.StatusCode is StatusCodes.Status400BadRequest or StatusCodes.Status401Unauthorized)
        {
            // Discord rotates refresh tokens: a concurrent request of this session may have spent ours a moment ago.
            if (await sessions.FindStoredAsync(sessionToken) is { } current && IsFresh(current))
            {
                return _protector.Unprotect(current.ProtectedAccessToken);
            }

            logger.LogInformation("Discord refused to refresh the tokens of user {UserId} ({OAuthError}); ending the session",
                session.UserId, exception.Error);
            await sessions.DeleteAsync(sessionToken);
            throw new SessionEndedException();
        }

        await sessions.ReplaceAsync(sessionToken, session with
        {
            ProtectedAccessToken = _protector.Protect(refreshed.AccessToken),
            ProtectedRefreshToken = _protector.Protect(refreshed.RefreshToken),
            AccessTokenExpiresAt = time.GetUtcNow().AddSeconds(refreshed.ExpiresIn),
        });
        return refreshed.AccessToken;
    }

    private bool IsFresh(Session session) => session.AccessTokenExpiresAt > time.GetUtcNow() + RefreshMargin;
}
