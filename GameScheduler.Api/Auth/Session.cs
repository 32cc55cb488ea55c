namespace GameScheduler.Api.Auth;

/// <summary>
/// A logged-in browser, kept in Valkey under a hash of its random token. Discord's tokens are stored encrypted with
/// ASP.NET Data Protection (keys shared by every Api instance), so a cache dump reveals no usable credential.
/// </summary>
/// <param name="StartedAt">When the user logged in: the session's absolute lifetime counts from here.</param>
public sealed record Session(
    string UserId,
    string Username,
    string DisplayName,
    string? AvatarHash,
    string ProtectedAccessToken,
    string ProtectedRefreshToken,
    DateTimeOffset AccessTokenExpiresAt,
    DateTimeOffset StartedAt);
