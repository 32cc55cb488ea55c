namespace GameScheduler.Bot.Interactions;

/// <summary>
/// The interactions the bot has taken on and not yet answered. Discord never delivers an interaction twice, so one dropped
/// by a restart is a click lost: once the bot begins to stop, no new interaction is taken on, and stopping waits for the
/// ones in hand to commit and be answered. Only when the host's shutdown timeout runs out is their work cancelled
/// (<see cref="Abandoned"/>).
/// </summary>
internal sealed partial class InFlightInteractions(IHostApplicationLifetime lifetime, ILogger<InFlightInteractions> logger)
    : IHostedService, IDisposable
{
    private readonly Lock gate = new();
    private readonly CancellationTokenSource abandon = new();
    private readonly TaskCompletionSource allAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration stopping;
    private int inHand;
    private bool admitting = true;

    /// <summary>Cancelled when the host's shutdown timeout ran out with interactions still in hand.</summary>
    public CancellationToken Abandoned => abandon.Token;

    /// <returns>False once the bot is stopping: the interaction must not be started.</returns>
    public bool TryTakeOn()
    {
        lock (gate)
        {
            if (!admitting) return false;
            inHand++;
            return true;
        }
    }

    /// <summary>Call once for every <see cref="TryTakeOn"/> that returned true, when that interaction is done with.</summary>
    public void Done()
    {
        lock (gate)
        {
            inHand--;
            if (!admitting && inHand == 0) allAnswered.TrySetResult();
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The host signals stopping before it stops its services one by one; the gateway may deliver until its own turn.
        stopping = lifetime.ApplicationStopping.Register(StopTakingOn);
        return Task.CompletedTask;
    }

    /// <param name="cancellationToken">Cancelled when the host's shutdown timeout runs out.</param>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        StopTakingOn();
        try
        {
            await allAnswered.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogAbandoned(InHand);
            await abandon.CancelAsync();
        }
    }

    public void Dispose()
    {
        stopping.Dispose();
        abandon.Dispose();
    }

    private int InHand
    {
        get
        {
            lock (gate) return inHand;
        }
    }

    private void StopTakingOn()
    {
        lock (gate)
        {
            admitting = false;
            if (inHand == 0) allAnswered.TrySetResult();
        }
    }

    [LoggerMessage(LogLevel.Warning, "The shutdown timeout ran out with {InHand} interactions still in hand; their work is cancelled")]
    private partial void LogAbandoned(int inHand);
}
