namespace GameScheduler.Discord.Rest.RateLimits;

/// <summary>
/// Discord's global limit of 50 requests per second per bot. Discord counts requests as they arrive, which is somewhere
/// between sending and the response, so a request occupies the window from the moment it leaves until one second after
/// its response: however late it arrives, no 51 arrivals fit in a second. None leave while a global 429 pause lasts, which
/// is kept in <paramref name="store"/>, so that a pause met by any client sharing it holds back this one as well.
/// </summary>
internal sealed class GlobalRateLimit(TimeProvider time, IGlobalRateLimitStore store)
{
    public const int RequestsPerWindow = 50;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly Lock stateLock = new();
    private readonly Queue<DateTimeOffset> recentCompletions = new();
    private int inFlight;
    private TaskCompletionSource completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Waits until a request may leave and counts it as in flight; call <see cref="Complete"/> when it is answered.</summary>
    public async Task WaitTurnAsync(CancellationToken ct)
    {
        await turn.WaitAsync(ct);
        try
        {
            while (TryTakeSlot(await store.PausedUntilAsync(ct)) is { } wait)
            {
                using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var waits = wait.Delay is { } delay ? [wait.Completion, Task.Delay(delay, time, stopWaiting.Token)] : new[] { wait.Completion };
                await Task.WhenAny(waits).WaitAsync(ct);
                await stopWaiting.CancelAsync();
            }
        }
        finally
        {
            turn.Release();
        }
    }

    public void Complete()
    {
        TaskCompletionSource finished;
        lock (stateLock)
        {
            inFlight--;
            recentCompletions.Enqueue(time.GetUtcNow());
            finished = completed;
            completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        finished.SetResult();
    }

    /// <summary>How long the current global 429 pause still lasts (zero when there is none).</summary>
    public async Task<TimeSpan> PauseLeftAsync(CancellationToken ct)
    {
        var left = await store.PausedUntilAsync(ct) - time.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    public ValueTask PauseUntilAsync(DateTimeOffset until, CancellationToken ct) => store.PauseUntilAsync(until, ct);

    /// <returns>Null when a slot was taken; else what to wait for: the next completion, or a delay when one is known.</returns>
    private (Task Completion, TimeSpan? Delay)? TryTakeSlot(DateTimeOffset pausedUntil)
    {
        lock (stateLock)
        {
            var now = time.GetUtcNow();
            while (recentCompletions.Count > 0 && recentCompletions.Peek() <= now - Window)
            {
                recentCompletions.Dequeue();
            }

            if (pausedUntil > now)
            {
                return (completed.Task, pausedUntil - now);
            }

            if (inFlight + recentCompletions.Count < RequestsPerWindow)
            {
                inFlight++;
                return null;
            }

            // Full: a slot frees when the oldest completion leaves the window, or later, when an in-flight request completes.
            return (completed.Task, recentCompletions.Count > 0 ? recentCompletions.Peek() + Window - now : null);
        }
    }
}
