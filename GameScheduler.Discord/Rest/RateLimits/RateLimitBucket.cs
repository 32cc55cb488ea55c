namespace GameScheduler.Discord.Rest.RateLimits;

/// <summary>
/// One Discord rate-limit bucket. Requests in it go one at a time through <see cref="Gate"/>, so what the previous response
/// said (remaining, reset) is known before the next request leaves. Routes sharing a bucket hash may update a bucket they
/// do not hold the gate of, so the state has its own lock.
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly Lock stateLock = new();
    private int? remaining;
    private DateTimeOffset resetAt;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>How many callers hold or wait for this bucket; guarded by the limiter's lock.</summary>
    public int Users { get; set; }

    public TimeSpan DelayBeforeNext(DateTimeOffset now)
    {
        lock (stateLock)
        {
            return remaining == 0 && resetAt > now ? resetAt - now : TimeSpan.Zero;
        }
    }

    public bool IsExhausted(DateTimeOffset now) => DelayBeforeNext(now) > TimeSpan.Zero;

    public void Update(RateLimitHeaders headers, DateTimeOffset now)
    {
        lock (stateLock)
        {
            if (headers.Remaining is { } left)
            {
                remaining = left;
            }

            if (headers.ResetAfter is { } resetAfter)
            {
                resetAt = now + resetAfter;
            }
        }
    }

    public void PauseUntil(DateTimeOffset until)
    {
        lock (stateLock)
        {
            remaining = 0;
            resetAt = until > resetAt ? until : resetAt;
        }
    }
}
