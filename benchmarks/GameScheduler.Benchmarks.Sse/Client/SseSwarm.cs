using System.Diagnostics;
using System.Net;

namespace GameScheduler.Benchmarks.Sse.Client;

/// <summary>Many open streams of synthetic users, each recording the events it receives and how late they arrive.</summary>
internal sealed class SseSwarm : IAsyncDisposable
{
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(60);
    private readonly HttpClient _client;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Subscriber> _subscribers = [];
    private readonly List<Task> _reading = [];

    private SseSwarm(HttpClient client) => _client = client;

    public static async Task<SseSwarm> OpenAsync(Uri server, int connections, bool http2)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        };
        var swarm = new SseSwarm(new HttpClient(handler) { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan });
        using var opening = new SemaphoreSlim(64);
        using var timeout = new CancellationTokenSource(OpenTimeout);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async user =>
        {
            await opening.WaitAsync(timeout.Token);
            try
            {
                await swarm.OpenOneAsync(user, http2, timeout.Token);
            }
            finally
            {
                opening.Release();
            }
        }));
        return swarm;
    }

    private async Task OpenOneAsync(int user, bool http2, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sse/game-updates")
        {
            Version = http2 ? HttpVersion.Version20 : HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.Add(BenchUsers.Header, BenchUsers.User(user));
        var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        var subscriber = new Subscriber(user);
        var body = await response.Content.ReadAsStreamAsync(ct);
        lock (_subscribers)
        {
            _subscribers.Add(subscriber);
            _reading.Add(subscriber.ReadAsync(body, _stop.Token));
        }
    }

    /// <summary>Forgets what was received so far (before a measured run).</summary>
    public void Reset()
    {
        foreach (var subscriber in _subscribers)
        {
            subscriber.Reset();
        }
    }

    /// <summary>What arrived, against what each stream should have received of <paramref name="events"/> events.</summary>
    public Delivery Delivery(int events, int guilds)
    {
        long lost = 0, extra = 0, outOfOrder = 0;
        var latencies = new List<double>();
        foreach (var subscriber in _subscribers)
        {
            var guild = subscriber.User % guilds;
            var expected = events / guilds + (guild < events % guilds ? 1 : 0);
            lock (subscriber)
            {
                lost += Math.Max(0, expected - subscriber.Received);
                extra += Math.Max(0, subscriber.Received - expected);
                outOfOrder += subscriber.OutOfOrder;
                latencies.AddRange(subscriber.LatenciesMs);
            }
        }

        latencies.Sort();
        return new Delivery(latencies.Count, lost, extra, outOfOrder, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private static double Percentile(List<double> sorted, double quantile) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * quantile))];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_reading).WaitAsync(TimeSpan.FromSeconds(30));
        _client.Dispose();
    }

    private sealed class Subscriber(int user)
    {
        private long _lastSequence = -1;

        public int User { get; } = user;

        public int Received { get; private set; }

        public int OutOfOrder { get; private set; }

        public List<double> LatenciesMs { get; } = [];

        public void Reset()
        {
            lock (this)
            {
                (_lastSequence, Received, OutOfOrder) = (-1, 0, 0);
                LatenciesMs.Clear();
            }
        }

        public async Task ReadAsync(Stream body, CancellationToken ct)
        {
            try
            {
                using var reader = new StreamReader(body);
                while (await reader.ReadLineAsync(ct) is { } line)
                {
                    if (line.StartsWith("id: ", StringComparison.Ordinal) && Guid.TryParse(line.AsSpan(4), out var eventId))
                    {
                        Record(EventStamp.Read(eventId));
                    }
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or HttpRequestException)
            {
                // The swarm is closing, or the server cut the stream off: what it received is already counted.
            }
        }

        private void Record((long Sequence, long PublishedAt) stamp)
        {
            var latency = Stopwatch.GetElapsedTime(stamp.PublishedAt).TotalMilliseconds;
            lock (this)
            {
                Received++;
                OutOfOrder += stamp.Sequence <= _lastSequence ? 1 : 0;
                _lastSequence = stamp.Sequence;
                LatenciesMs.Add(latency);
            }
        }
    }
}

/// <summary>Deliveries observed by the swarm; latencies are publish (due time) to receipt, in milliseconds.</summary>
internal sealed record Delivery(long Received, long Lost, long Extra, long OutOfOrder, double P50Ms, double P99Ms);
