namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>Polls what another process changes until it reads as expected, within a bound.</summary>
internal static class Eventually
{
    /// <returns>The first value that satisfied <paramref name="done"/>.</returns>
    public static async Task<T> ReadsAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"Not within {timeout}: {what}. Last read: {value}");
            await Task.Delay(100);
        }
    }
}
