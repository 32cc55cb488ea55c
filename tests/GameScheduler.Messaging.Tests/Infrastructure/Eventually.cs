namespace GameScheduler.Messaging.Tests.Infrastructure;

public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails naming <paramref name="what"/> when <paramref name="ct"/> ends first.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, CancellationToken ct)
    {
        while (!await condition())
        {
            try
            {
                await Task.Delay(PollInterval, ct);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string what, CancellationToken ct) =>
        HoldsAsync(() => Task.FromResult(condition()), what, ct);
}
