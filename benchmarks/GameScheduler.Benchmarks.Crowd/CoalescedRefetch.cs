namespace GameScheduler.Benchmarks.Crowd;

/// <summary>
/// The web app's <c>refetchCoalesced</c> (GameScheduler.Web/src/api/coalescedRefetch.ts) for one key: one refetch at a
/// time; a request while one is under way asks for a single further refetch after it, however many arrive meanwhile.
/// A viewer never has a join or leave of its own in flight, so the web app's <c>mayRefetch</c> is always true here.
/// </summary>
internal sealed class CoalescedRefetch(Func<Task> refetch)
{
    private readonly Lock _gate = new();
    private bool _running;
    private bool _again;

    /// <summary>A refetch is under way (its answer may be older than an update applied meanwhile).</summary>
    public bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _running;
            }
        }
    }

    public async Task RequestAsync()
    {
        lock (_gate)
        {
            if (_running)
            {
                _again = true;
                return;
            }

            _running = true;
        }

        while (true)
        {
            await refetch();
            // The check and the end of the run are one step, as on the browser's single thread: a request arriving in
            // between would otherwise find the run still going and be dropped.
            lock (_gate)
            {
                if (!_again)
                {
                    _running = false;
                    return;
                }

                _again = false;
            }
        }
    }
}
