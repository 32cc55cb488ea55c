namespace GameScheduler.Discord.Rest.RateLimits;

/// <summary>The global pause kept in this process: enough when one process is the only one calling Discord.</summary>
public sealed class InMemoryGlobalRateLimitStore : IGlobalRateLimitStore
{
    private readonly Lock stateLock = new();
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;

    public ValueTask<DateTimeOffset> PausedUntilAsync(CancellationToken ct)
    {
        lock (stateLock)
        {
            return ValueTask.FromResult(pausedUntil);
        }
    }

    public ValueTask PauseUntilAsync(DateTimeOffset until, CancellationToken ct)
    {
        lock (stateLock)
        {
            pausedUntil = until > pausedUntil ? until : pausedUntil;
        }

        return ValueTask.CompletedTask;
    }
}
