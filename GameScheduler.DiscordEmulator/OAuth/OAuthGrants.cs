using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace GameScheduler.DiscordEmulator.OAuth;

/// <summary>
/// Authorization codes (single use, bound to client, redirect URI and, when the client sent one, a PKCE S256
/// challenge; short-lived), access tokens and refresh tokens (rotated on every refresh).
/// </summary>
public sealed class OAuthGrants(TimeProvider time)
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromDays(7);
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, AuthorizationCode> _codes = [];
    private readonly Dictionary<string, AccessGrant> _accessTokens = [];
    private readonly Dictionary<string, RefreshGrant> _refreshTokens = [];

    public string IssueCode(string clientId, string redirectUri, string userId, string scope, string? codeChallenge)
    {
        var code = NewToken();
        lock (_gate)
        {
            _codes[code] = new AuthorizationCode(clientId, redirectUri, userId, scope, codeChallenge, time.GetUtcNow() + CodeLifetime);
        }

        return code;
    }

    /// <summary>
    /// Exchanges a code for tokens; null when the code is unknown, used, expired, issued for another client or redirect
    /// URI, or issued with a PKCE challenge that <paramref name="codeVerifier"/> does not answer.
    /// </summary>
    public IssuedTokens? RedeemCode(string code, string clientId, string redirectUri, string? codeVerifier)
    {
        lock (_gate)
        {
            if (!_codes.TryGetValue(code, out var grant)
                || grant.ClientId != clientId
                || grant.RedirectUri != redirectUri
                || !Answers(grant.CodeChallenge, codeVerifier)
                || grant.ExpiresAt <= time.GetUtcNow())
            {
                return null;
            }

            _codes.Remove(code);
            return Issue(grant.ClientId, grant.UserId, grant.Scope);
        }
    }

    /// <summary>Issues fresh tokens and retires the refresh token; null when it is unknown or belongs to another client.</summary>
    public IssuedTokens? Refresh(string refreshToken, string clientId)
    {
        lock (_gate)
        {
            if (!_refreshTokens.TryGetValue(refreshToken, out var grant) || grant.ClientId != clientId)
            {
                return null;
            }

            _refreshTokens.Remove(refreshToken);
            return Issue(grant.ClientId, grant.UserId, grant.Scope);
        }
    }

    public AccessGrant? FindAccessToken(string accessToken)
    {
        lock (_gate)
        {
            return _accessTokens.TryGetValue(accessToken, out var grant) && grant.ExpiresAt > time.GetUtcNow() ? grant : null;
        }
    }

    /// <summary>What Discord does when a user deauthorizes the app: every access and refresh token of theirs stops working.</summary>
    public void RevokeUser(string userId)
    {
        lock (_gate)
        {
            foreach (var accessToken in _accessTokens.Where(entry => entry.Value.UserId == userId).Select(entry => entry.Key).ToList())
            {
                _accessTokens.Remove(accessToken);
            }

            foreach (var refreshToken in _refreshTokens.Where(entry => entry.Value.UserId == userId).Select(entry => entry.Key).ToList())
            {
                _refreshTokens.Remove(refreshToken);
            }
        }
    }

    private IssuedTokens Issue(string clientId, string userId, string scope)
    {
        var tokens = new IssuedTokens(NewToken(), NewToken(), AccessTokenLifetime, scope);
        _accessTokens[tokens.AccessToken] = new AccessGrant(userId, scope.Split(' ').ToHashSet(), time.GetUtcNow() + AccessTokenLifetime);
        _refreshTokens[tokens.RefreshToken] = new RefreshGrant(clientId, userId, scope);
        return tokens;
    }

    /// <summary>S256: the challenge is the base64url SHA-256 of the verifier; a code issued without a challenge needs no verifier.</summary>
    private static bool Answers(string? codeChallenge, string? codeVerifier) =>
        codeChallenge is null
        || (codeVerifier is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(codeChallenge),
            Encoding.UTF8.GetBytes(WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(codeVerifier))))));

    private static string NewToken() => RandomNumberGenerator.GetString(TokenAlphabet, 30);

    private sealed record AuthorizationCode(
        string ClientId, string RedirectUri, string UserId, string Scope, string? CodeChallenge, DateTimeOffset ExpiresAt);

    private sealed record RefreshGrant(string ClientId, string UserId, string Scope);
}

public sealed record AccessGrant(string UserId, IReadOnlySet<string> Scopes, DateTimeOffset ExpiresAt);

public sealed record IssuedTokens(string AccessToken, string RefreshToken, TimeSpan ExpiresIn, string Scope);
