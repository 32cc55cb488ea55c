namespace GameScheduler.Api.Auth;

/// <summary>
/// A logged-in browser, kept in Valkey under its random token. Discord's tokens are stored encrypted with ASP.NET
/// Data Protection (keys shared by every Api instance), so a cache dump reveals no usable credential.
/// </summary>
public sealed record Session(
    string UserId,
    string Username,
    string DisplayName,
    string? AvatarHash,
    string ProtectedAccessToken,
    string ProtectedRefreshToken,
    DateTimeOffset AccessTokenExpiresAt);
