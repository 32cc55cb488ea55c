namespace GameScheduler.Core.Calendar;

/// <summary>
/// A user's secret calendar feed address. The feed is found by the SHA-256 digest of its token, so the token itself is
/// never a lookup key; <see cref="SealedToken"/> is the token encrypted by the Api's Data Protection key ring, so that
/// its owner can be shown the same address again.
/// </summary>
public sealed class CalendarFeed
{
    public required string UserId { get; init; }
    public required byte[] TokenHash { get; init; }
    public required string SealedToken { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
