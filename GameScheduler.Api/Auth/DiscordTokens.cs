using GameScheduler.Discord.OAuth;
using Microsoft.AspNetCore.DataProtection;

namespace GameScheduler.Api.Auth;

/// <summary>Seals Discord's tokens for storage, and hands out a live access token, refreshing it when it expired.</summary>
public sealed class DiscordTokens(IDataProtectionProvider protection, DiscordOAuthClient discord, SessionStore sessions, TimeProvider time)
{
    private readonly IDataProtector _protector = protection.CreateProtector("GameScheduler.Api.DiscordTokens");

    public Session Seal(OAuthUser user, OAuthTokens tokens) => new(
        user.Id, user.Username, user.DisplayName, user.Avatar,
        _protector.Protect(tokens.AccessToken),
        _protector.Protect(tokens.RefreshToken),
        time.GetUtcNow().AddSeconds(tokens.ExpiresIn));

    public async Task<string> AccessTokenAsync(HttpContext context, CancellationToken ct)
    {
        var session = SessionAuthenticationHandler.CurrentSession(context);
        if (session.AccessTokenExpiresAt > time.GetUtcNow().AddMinutes(1))
        {
            return _protector.Unprotect(session.ProtectedAccessToken);
        }

        var refreshed = await discord.RefreshAsync(_protector.Unprotect(session.ProtectedRefreshToken), ct);
        await sessions.ReplaceAsync(SessionAuthenticationHandler.CurrentToken(context), session with
        {
            ProtectedAccessToken = _protector.Protect(refreshed.AccessToken),
            ProtectedRefreshToken = _protector.Protect(refreshed.RefreshToken),
            AccessTokenExpiresAt = time.GetUtcNow().AddSeconds(refreshed.ExpiresIn),
        });
        return refreshed.AccessToken;
    }
}
