namespace GameScheduler.Messaging;

/// <summary>Wakes the relay when new outbox rows were committed (several commits may fold into one wake-up).</summary>
internal sealed class OutboxCommitSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    // 1 while a wake-up is pending. Guards the semaphore so a busy relay's many commits do not each try to release it
    // (a release beyond its maximum throws, and exceptions on every commit cost the join path real CPU).
    private int _pending;

    public void Notify()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0) _signal.Release();
    }

    /// <summary>
    /// Waits for a wake-up. A commit notified after this returns raises a new one, so the relay's next read, which
    /// follows this call, sees every commit notified before it.
    /// </summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (await _signal.WaitAsync(timeout, ct)) Volatile.Write(ref _pending, 0);
    }
}
