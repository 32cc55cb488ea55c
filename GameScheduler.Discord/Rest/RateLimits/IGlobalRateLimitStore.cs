namespace GameScheduler.Discord.Rest.RateLimits;

/// <summary>
/// Where the end of Discord's current global 429 pause is kept. Discord counts its global limit per bot token and per
/// address, so every client calling Discord for this application, in any process, must hold back while it lasts.
/// </summary>
public interface IGlobalRateLimitStore
{
    /// <summary>When the current pause ends: a moment already past when there is none.</summary>
    ValueTask<DateTimeOffset> PausedUntilAsync(CancellationToken ct);

    /// <summary>Holds back every request under the global limit until <paramref name="until"/>; a longer pause stays.</summary>
    ValueTask PauseUntilAsync(DateTimeOffset until, CancellationToken ct);
}
