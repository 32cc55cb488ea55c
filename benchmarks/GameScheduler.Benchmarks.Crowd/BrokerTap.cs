using System.Diagnostics;
using System.Text.Json;
using GameScheduler.Benchmarks.Graph;

namespace GameScheduler.Benchmarks.Crowd;

/// <summary>A game event as the outbox relay published it: the order of publication, when it reached this tap and whose seat it changed.</summary>
internal sealed record TappedEvent(int Index, Guid Id, Guid GameId, long ArrivedAt, IReadOnlyList<SeatChange> Changes);

/// <summary>One entry of an event's <c>participant_changes</c>, for example a user <c>joined</c> or <c>left</c>.</summary>
internal sealed record SeatChange(string UserId, string Change);

/// <summary>
/// Every game event on the <c>game_scheduler</c> exchange, in the order the broker routed them: the reference each
/// viewer's stream is checked against, and what ties a click to the event its change sent.
/// </summary>
internal sealed class BrokerTap : IAsyncDisposable
{
    private readonly List<TappedEvent> _events = [];
    private BrokerSubscription? _subscription;

    public int Count
    {
        get
        {
            lock (_events)
            {
                return _events.Count;
            }
        }
    }

    public IReadOnlyList<TappedEvent> Range(int from, int to)
    {
        lock (_events)
        {
            return _events[from..to];
        }
    }

    public static async Task<BrokerTap> StartAsync(string connectionString, CancellationToken ct)
    {
        var tap = new BrokerTap();
        tap._subscription = await BrokerSubscription.StartAsync(connectionString, "game.#", durable: false, body => tap.Add(body.Span), ct);
        return tap;
    }

    private void Add(ReadOnlySpan<byte> body)
    {
        var arrivedAt = Stopwatch.GetTimestamp();
        using var envelope = JsonDocument.Parse(body.ToArray());
        var root = envelope.RootElement;
        var data = root.GetProperty("data");
        var changes = data.TryGetProperty("participant_changes", out var list)
            ? list.EnumerateArray().Select(change => new SeatChange(change.GetProperty("user_id").GetString()!, change.GetProperty("change").GetString()!)).ToList()
            : [];
        lock (_events)
        {
            _events.Add(new TappedEvent(_events.Count, root.GetProperty("id").GetGuid(), data.GetProperty("game_id").GetGuid(), arrivedAt, changes));
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
