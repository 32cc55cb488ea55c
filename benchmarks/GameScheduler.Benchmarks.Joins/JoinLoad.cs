using System.Diagnostics;
using System.Net;
using GameScheduler.Benchmarks.Graph;

namespace GameScheduler.Benchmarks.Joins;

internal sealed record JoinRequest(Player Player, Guid GameId);

/// <summary>Sends joins through the Api and times each from when it was due to when its answer had fully arrived.</summary>
internal sealed class JoinLoad(ApiClient api)
{
    /// <summary>
    /// Offers the joins at a fixed rate whatever the answers' pace. Latency counts from each join's due time, so a
    /// sender that falls behind shows up as latency instead of quietly lowering the load.
    /// </summary>
    public async Task<LoadResult> OpenLoopAsync(IReadOnlyList<JoinRequest> joins, double ratePerSecond, CancellationToken ct)
    {
        var recorder = new Recorder(joins.Count);
        var interval = Stopwatch.Frequency / ratePerSecond;
        var sending = new List<Task>(joins.Count);
        for (var index = 0; index < joins.Count; index++)
        {
            var due = recorder.Start + (long)(index * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }

            sending.Add(SendAsync(joins[index], due, recorder, ct));
        }

        await Task.WhenAll(sending);
        return recorder.Result();
    }

    /// <summary>Keeps <paramref name="concurrency"/> joins in flight, each sender starting its next join on an answer.</summary>
    public async Task<LoadResult> ClosedLoopAsync(IReadOnlyList<JoinRequest> joins, int concurrency, CancellationToken ct)
    {
        var recorder = new Recorder(joins.Count);
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < joins.Count)
            {
                await SendAsync(joins[index], Stopwatch.GetTimestamp(), recorder, ct);
            }
        }));
        return recorder.Result();
    }

    private async Task SendAsync(JoinRequest join, long due, Recorder recorder, CancellationToken ct)
    {
        // Yield first, so the open-loop pacer never waits for a request to be written.
        await Task.Yield();
        HttpStatusCode status;
        try
        {
            status = await api.JoinAsync(join.Player, join.GameId, ct);
        }
        catch (HttpRequestException exception)
        {
            status = exception.StatusCode ?? 0;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            // The client's own timeout: counted as a failed join, not allowed to end the run.
            status = HttpStatusCode.RequestTimeout;
        }

        recorder.Record(status, Stopwatch.GetElapsedTime(due, Stopwatch.GetTimestamp()));
    }

    private sealed class Recorder(int capacity)
    {
        private readonly List<double> _latenciesMs = new(capacity);
        private readonly Dictionary<HttpStatusCode, int> _failures = [];
        private long _lastAnswer;

        public long Start { get; } = Stopwatch.GetTimestamp();

        public void Record(HttpStatusCode status, TimeSpan latency)
        {
            lock (_latenciesMs)
            {
                _latenciesMs.Add(latency.TotalMilliseconds);
                _lastAnswer = Stopwatch.GetTimestamp();
                if (status != HttpStatusCode.OK)
                {
                    _failures[status] = _failures.GetValueOrDefault(status) + 1;
                }
            }
        }

        public LoadResult Result()
        {
            _latenciesMs.Sort();
            return new LoadResult(capacity, capacity - _failures.Values.Sum(), _failures,
                Stopwatch.GetElapsedTime(Start, _lastAnswer), _lastAnswer,
                Percentile(0.50), Percentile(0.99), _latenciesMs[^1]);
        }

        private double Percentile(double quantile) =>
            _latenciesMs[Math.Min(_latenciesMs.Count - 1, (int)(_latenciesMs.Count * quantile))];
    }
}

/// <summary>What one phase's joins got: answers, elapsed time from the first send to the last answer, and latencies in ms.</summary>
internal sealed record LoadResult(
    int Sent,
    int Succeeded,
    IReadOnlyDictionary<HttpStatusCode, int> Failures,
    TimeSpan Elapsed,
    long LastAnsweredAt,
    double P50Ms,
    double P99Ms,
    double MaxMs)
{
    public double JoinsPerSecond => Succeeded / Elapsed.TotalSeconds;
}
