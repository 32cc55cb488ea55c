using System.Diagnostics;
using GameScheduler.Benchmarks.Graph;

namespace GameScheduler.Benchmarks.Joins;

/// <summary>
/// Counts the <c>game.updated</c> events reaching the <c>game_scheduler</c> exchange, with when each arrived. Its queue
/// is durable, so events the relay publishes while this consumer is still reconnecting after a broker restart wait
/// for it instead of being lost to the count.
/// </summary>
internal sealed class BrokerEventCounter : IAsyncDisposable
{
    private readonly List<long> _arrivals = [];
    private BrokerSubscription? _subscription;

    public int Count
    {
        get
        {
            lock (_arrivals)
            {
                return _arrivals.Count;
            }
        }
    }

    public static async Task<BrokerEventCounter> StartAsync(string connectionString, CancellationToken ct)
    {
        var counter = new BrokerEventCounter();
        counter._subscription = await BrokerSubscription.StartAsync(connectionString, "game.updated.#", durable: true, _ =>
        {
            lock (counter._arrivals)
            {
                counter._arrivals.Add(Stopwatch.GetTimestamp());
            }
        }, ct);
        return counter;
    }

    /// <summary>
    /// Waits until <paramref name="expected"/> events have arrived since <paramref name="countBefore"/> (or the timeout
    /// passes), then reports how many did and when the first and the last of them arrived.
    /// </summary>
    public async Task<EventArrivals> WaitForAsync(int countBefore, int expected, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Count - countBefore < expected && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(20);
        }

        lock (_arrivals)
        {
            var received = _arrivals.Count - countBefore;
            return received == 0 ? new EventArrivals(0, null, null) : new EventArrivals(received, _arrivals[countBefore], _arrivals[^1]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_subscription is not null)
        {
            await _subscription.DisposeAsync();
        }
    }
}

/// <summary>Events that arrived in a phase, and the <see cref="Stopwatch"/> timestamps of the first and the last.</summary>
internal sealed record EventArrivals(int Received, long? FirstArrivedAt, long? LastArrivedAt);
