namespace GameScheduler.DiscordEmulator.RateLimits;

/// <summary>A count of uses that resets a fixed time after the first use of each window, like a Discord bucket.</summary>
public sealed class FixedWindow(int limit, TimeSpan length)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;
    private int _used;

    public WindowState TryTake(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (now >= _resetAt)
            {
                _resetAt = now + length;
                _used = 0;
            }

            var allowed = _used < limit;
            if (allowed)
            {
                _used++;
            }

            return new WindowState(allowed, limit, limit - _used, _resetAt);
        }
    }
}

public sealed record WindowState(bool Allowed, int Limit, int Remaining, DateTimeOffset ResetAt);
