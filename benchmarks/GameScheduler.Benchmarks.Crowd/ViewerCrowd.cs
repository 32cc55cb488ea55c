using GameScheduler.Benchmarks.Graph;

namespace GameScheduler.Benchmarks.Crowd;

/// <summary>
/// The viewers' tabs, all on the one guild: every other viewer on the guild's games page, the rest on the details
/// page of one of the games (in turn), each with its stream open. They share one connection pool to the Api.
/// </summary>
internal sealed class ViewerCrowd : IAsyncDisposable
{
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromMinutes(5);
    /// <summary>How long the viewers may make no progress at all before what they miss counts as lost.</summary>
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(60);
    private const int ConcurrentOpens = 64;

    private readonly HttpClient _api;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _reading = [];

    private ViewerCrowd(HttpClient api, IReadOnlyList<Viewer> viewers)
    {
        _api = api;
        Viewers = viewers;
    }

    public IReadOnlyList<Viewer> Viewers { get; }

    public long Requests => Viewers.Sum(viewer => viewer.Requests);

    public long FailedRequests => Viewers.Sum(viewer => viewer.FailedRequests);

    public long StreamBytes => Viewers.Sum(viewer => viewer.StreamBytes);

    public static async Task<ViewerCrowd> OpenAsync(Uri apiUrl, IReadOnlyList<Player> users, IReadOnlyList<AnnouncedGame> games)
    {
        var api = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = apiUrl,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var viewers = users.Select((user, index) =>
            new Viewer(user, index % 2 == 0 ? ViewerPage.GuildGames : new ViewerPage(games[index / 2 % games.Count]), api)).ToList();
        var crowd = new ViewerCrowd(api, viewers);
        using var opening = new SemaphoreSlim(ConcurrentOpens);
        using var timeout = new CancellationTokenSource(OpenTimeout);
        await Task.WhenAll(viewers.Select(async viewer =>
        {
            await opening.WaitAsync(timeout.Token);
            try
            {
                lock (crowd._reading)
                {
                    crowd._reading.Add(viewer.RunAsync(crowd._stop.Token));
                }

                await viewer.Opened.WaitAsync(timeout.Token);
            }
            finally
            {
                opening.Release();
            }
        }));
        return crowd;
    }

    /// <summary>
    /// Waits until every viewer has received every one of <paramref name="events"/> and has no request in flight. A
    /// crowd far beyond what the machine serves may take minutes, so only a stall ends the wait early: when no viewer
    /// has received or fetched anything for a while, what is still missing counts as lost.
    /// </summary>
    public async Task WaitUntilCaughtUpAsync(Func<IReadOnlyList<TappedEvent>> events, CancellationToken ct)
    {
        var (progress, progressedAt) = (Progress, DateTime.UtcNow);
        while (DateTime.UtcNow - progressedAt < StallTimeout)
        {
            var expected = events();
            if (Viewers.All(viewer => viewer.IsIdle && expected.All(tapped => viewer.ReceivedAt(tapped.Id) is not null)))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
            if (Progress != progress)
            {
                (progress, progressedAt) = (Progress, DateTime.UtcNow);
            }
        }

        Console.Error.WriteLine($"The viewers made no progress for {StallTimeout.TotalSeconds:0} s and had not all caught up.");
    }

    private long Progress => Viewers.Sum(viewer => viewer.Requests + viewer.EventsReceived);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_reading).WaitAsync(TimeSpan.FromSeconds(30));
        _api.Dispose();
        _stop.Dispose();
    }
}
