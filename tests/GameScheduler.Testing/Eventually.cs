namespace GameScheduler.Testing;

/// <summary>
/// Bounded waits on what another thread or process changes: read it until it is as expected, or fail naming what was
/// awaited. Polls quickly at first, then every 100 ms, so in-process waits end fast and cross-process ones stay cheap.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(100);

    /// <returns>The first value that satisfied <paramref name="done"/>.</returns>
    public static async Task<T> ReadsAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var pause = FirstPause;
        var last = default(T);
        try
        {
            while (true)
            {
                last = await read().WaitAsync(deadline.Token);
                if (done(last)) return last;
                await Task.Delay(pause, deadline.Token);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Not within {timeout}: {what}. Last read: {last}");
        }
    }

    public static Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what) =>
        ReadsAsync(condition, holds => holds, timeout, what);

    public static Task HoldsAsync(Func<bool> condition, TimeSpan timeout, string what) =>
        HoldsAsync(() => Task.FromResult(condition()), timeout, what);

    /// <summary>
    /// Waits until <paramref name="value"/> has not changed for <paramref name="quiet"/>: nothing more is on its way. For
    /// asserting that something did not happen, where there is no event to wait for.
    /// </summary>
    public static async Task SettledAsync(Func<int> value, TimeSpan? quiet = null)
    {
        var stableFor = quiet ?? TimeSpan.FromMilliseconds(50);
        using var deadline = new CancellationTokenSource(DefaultTimeout);
        var last = value();
        var since = DateTime.UtcNow;
        try
        {
            while (DateTime.UtcNow - since < stableFor)
            {
                await Task.Delay(FirstPause, deadline.Token);
                if (value() == last) continue;
                last = value();
                since = DateTime.UtcNow;
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Still changing after {DefaultTimeout}: last value {last}.");
        }
    }
}
