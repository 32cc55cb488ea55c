using System.Collections.Concurrent;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Faults;

/// <summary>One event as the follower received it.</summary>
public sealed record ReceivedEvent(DateTime At, SseEvent Event);

/// <summary>
/// Follows the game updates stream as a browser's EventSource does: when the stream ends or cannot be opened, it tries
/// again shortly, sending the id of the last event it received, so the server replays what it missed or says resync.
/// </summary>
public sealed class ResumingStream : IAsyncDisposable
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(500);

    private readonly ApiSession _session;
    private readonly ConcurrentQueue<ReceivedEvent> _received = new();
    private readonly ConcurrentQueue<string> _failedOpens = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _following;
    private string? _lastEventId;

    private ResumingStream(ApiSession session, SseStream first)
    {
        _session = session;
        _following = FollowAsync(first);
    }

    public static async Task<ResumingStream> OpenAsync(ApiSession session) => new(session, await SseStream.OpenAsync(session));

    public IReadOnlyList<ReceivedEvent> Received => [.. _received];

    /// <summary>How many times the stream ended and was opened again.</summary>
    public int Reconnects { get; private set; }

    /// <summary>Why opening the stream again failed, each time it did.</summary>
    public IReadOnlyList<string> FailedOpens => [.. _failedOpens];

    private async Task FollowAsync(SseStream first)
    {
        var stream = first;
        while (!_stop.IsCancellationRequested)
        {
            await using (stream)
            {
                try
                {
                    await foreach (var received in stream.ReadAllAsync(_stop.Token))
                    {
                        _lastEventId = received.Id ?? _lastEventId;
                        _received.Enqueue(new ReceivedEvent(DateTime.UtcNow, received));
                    }
                }
                catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException)
                {
                    // Ended by the test, or by a frame the contract does not allow, which the received events then lack.
                }
            }

            if (await ReopenAsync() is not { } reopened) return;
            stream = reopened;
            Reconnects++;
        }
    }

    private async Task<SseStream?> ReopenAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RetryPause, _stop.Token);
                return await SseStream.OpenAsync(_session, lastEventId: _lastEventId);
            }
            catch (Exception exception) when (exception is HttpRequestException or TimeoutException)
            {
                _failedOpens.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {exception.Message}");
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _following.WaitAsync(TimeSpan.FromSeconds(15));
    }
}
