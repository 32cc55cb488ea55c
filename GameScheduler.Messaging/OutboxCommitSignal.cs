namespace GameScheduler.Messaging;

/// <summary>Wakes the relay when new outbox rows were committed (several commits may fold into one wake-up).</summary>
internal sealed class OutboxCommitSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending; it will see this commit's rows too.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct) => await _signal.WaitAsync(timeout, ct);
}
