namespace GameScheduler.Discord.Tests.Infrastructure;

/// <summary>Bounded waits on conditions that other threads make true.</summary>
internal static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public static async Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Waits until <paramref name="value"/> has not changed for <paramref name="quiet"/>: nothing more is on its way.</summary>
    public static async Task SettledAsync(Func<int> value, TimeSpan? quiet = null)
    {
        var stableFor = quiet ?? TimeSpan.FromMilliseconds(50);
        var deadline = DateTime.UtcNow + DefaultTimeout;
        var last = value();
        var since = DateTime.UtcNow;
        while (DateTime.UtcNow - since < stableFor)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Timed out waiting for activity to settle.");
            }

            await Task.Delay(5);
            if (value() != last)
            {
                last = value();
                since = DateTime.UtcNow;
            }
        }
    }
}
