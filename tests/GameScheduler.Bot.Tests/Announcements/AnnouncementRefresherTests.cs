using System.Collections.Concurrent;
using GameScheduler.Bot.Announcements;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Bot.Tests.Announcements;

public sealed class AnnouncementRefresherTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private static readonly Guid GameId = Guid.NewGuid();
    private readonly GatedWriter _writer = new();
    private readonly ServiceProvider _services;
    private readonly AnnouncementRefresher _refresher;

    public AnnouncementRefresherTests()
    {
        _services = new ServiceCollection().AddSingleton<IAnnouncementWriter>(_writer).BuildServiceProvider();
        _refresher = new AnnouncementRefresher(_services.GetRequiredService<IServiceScopeFactory>());
    }

    [Fact]
    public async Task Requests_during_a_render_share_the_one_render_after_it()
    {
        var first = _refresher.RefreshAsync(GameId, CancellationToken.None);
        await _writer.StartedAsync(1);

        var burst = Enumerable.Range(0, 100).Select(_ => _refresher.RefreshAsync(GameId, CancellationToken.None)).ToList();
        _writer.Finish(1);
        await first.WaitAsync(Bound);
        await _writer.StartedAsync(2);
        Assert.All(burst, request => Assert.False(request.IsCompleted));

        _writer.Finish(2);
        await Task.WhenAll(burst).WaitAsync(Bound);
        Assert.Equal(2, _writer.Renders);
    }

    [Fact]
    public async Task A_request_during_a_render_is_never_served_by_that_render()
    {
        var first = _refresher.RefreshAsync(GameId, CancellationToken.None);
        await _writer.StartedAsync(1);

        var second = _refresher.RefreshAsync(GameId, CancellationToken.None);
        _writer.Finish(1);
        await first.WaitAsync(Bound);

        Assert.False(second.IsCompleted);
        await _writer.StartedAsync(2);
        _writer.Finish(2);
        await second.WaitAsync(Bound);
    }

    [Fact]
    public async Task Games_render_independently()
    {
        var other = Guid.NewGuid();
        var first = _refresher.RefreshAsync(GameId, CancellationToken.None);
        var second = _refresher.RefreshAsync(other, CancellationToken.None);

        await _writer.StartedAsync(2);
        Assert.Equal(new[] { GameId, other }.Order(), _writer.Games.Order());
        _writer.Finish(1);
        _writer.Finish(2);
        await Task.WhenAll(first, second).WaitAsync(Bound);
    }

    [Fact]
    public async Task A_failed_render_fails_its_requests_and_the_next_request_renders_afresh()
    {
        var failing = _refresher.RefreshAsync(GameId, CancellationToken.None);
        await _writer.StartedAsync(1);
        _writer.Fail(1, new HttpRequestException("Discord is down"));

        await Assert.ThrowsAsync<HttpRequestException>(() => failing.WaitAsync(Bound));

        var retry = _refresher.RefreshAsync(GameId, CancellationToken.None);
        await _writer.StartedAsync(2);
        _writer.Finish(2);
        await retry.WaitAsync(Bound);
    }

    [Fact]
    public async Task A_caller_that_stops_waiting_does_not_cancel_the_render_for_the_others()
    {
        using var impatient = new CancellationTokenSource();
        var abandoned = _refresher.RefreshAsync(GameId, impatient.Token);
        var patient = _refresher.RefreshAsync(GameId, CancellationToken.None);
        await _writer.StartedAsync(1);

        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned.WaitAsync(Bound));
        _writer.Finish(1);
        await patient.WaitAsync(Bound);
    }

    public void Dispose()
    {
        _refresher.Dispose();
        _services.Dispose();
    }

    /// <summary>A writer whose renders (numbered from 1 in start order) finish when the test says so.</summary>
    private sealed class GatedWriter : IAnnouncementWriter
    {
        private readonly ConcurrentDictionary<int, TaskCompletionSource> _gates = new();
        private readonly ConcurrentQueue<Guid> _games = new();
        private int _renders;

        public int Renders => Volatile.Read(ref _renders);

        public IEnumerable<Guid> Games => _games;

        public Task WriteAsync(Guid gameId, CancellationToken ct)
        {
            _games.Enqueue(gameId);
            return Gate(Interlocked.Increment(ref _renders)).Task;
        }

        public Task StartedAsync(int renders) => Eventually.HoldsAsync(() => Renders >= renders, Bound, $"render {renders} starts");

        public void Finish(int render) => Gate(render).SetResult();

        public void Fail(int render, Exception exception) => Gate(render).SetException(exception);

        private TaskCompletionSource Gate(int render) =>
            _gates.GetOrAdd(render, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
