namespace GameScheduler.Discord.Rest.RateLimits;

/// <summary>
/// Discord's global limit of 50 requests per second per bot, kept as a sliding window: a request leaves only when fewer than
/// 50 left in the second before it, and none leave while a global 429 pause lasts.
/// </summary>
internal sealed class GlobalRateLimit(TimeProvider time)
{
    public const int RequestsPerWindow = 50;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Queue<DateTimeOffset> recentSends = new();
    private long pausedUntilTicks;

    public async Task WaitTurnAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            while (DelayBeforeNext(time.GetUtcNow()) is var delay && delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, ct);
            }

            recentSends.Enqueue(time.GetUtcNow());
        }
        finally
        {
            gate.Release();
        }
    }

    public void PauseUntil(DateTimeOffset until)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref pausedUntilTicks);
        }
        while (until.UtcTicks > current && Interlocked.CompareExchange(ref pausedUntilTicks, until.UtcTicks, current) != current);
    }

    private TimeSpan DelayBeforeNext(DateTimeOffset now)
    {
        while (recentSends.Count > 0 && recentSends.Peek() <= now - Window)
        {
            recentSends.Dequeue();
        }

        var pause = new DateTimeOffset(Interlocked.Read(ref pausedUntilTicks), TimeSpan.Zero) - now;
        var window = recentSends.Count >= RequestsPerWindow ? recentSends.Peek() + Window - now : TimeSpan.Zero;
        return pause > window ? pause : window;
    }
}
