using System.Text.Json;

namespace GameScheduler.DiscordEmulator.Gateway;

/// <summary>
/// One identified bot session. It outlives its connections: every dispatch gets the next sequence
/// number and goes into a bounded replay buffer, so a client that resumes, on a new socket, receives
/// what it missed in order before RESUMED.
/// </summary>
public sealed class GatewaySession(string id, long intents)
{
    private const int ReplayCapacity = 1000;

    private readonly Lock _gate = new();
    private readonly Queue<GatewayPayload> _replay = new();
    private GatewayConnection? _connection;
    private DateTimeOffset? _detachedAt;
    private int _sequence;

    public string Id { get; } = id;

    public GatewayConnection? Connection
    {
        get
        {
            lock (_gate)
            {
                return _connection;
            }
        }
    }

    public void Dispatch(string eventName, JsonElement data)
    {
        if (!GatewayIntents.Allows(intents, eventName))
        {
            return;
        }

        lock (_gate)
        {
            var payload = new GatewayPayload(GatewayOpcodes.Dispatch, data, ++_sequence, eventName);
            _replay.Enqueue(payload);
            if (_replay.Count > ReplayCapacity)
            {
                _replay.Dequeue();
            }

            _connection?.Send(payload);
        }
    }

    /// <summary>
    /// Queues the session's first dispatches (READY, GUILD_CREATE) and publishes the session to
    /// broadcasts under the same lock, so a broadcast can neither precede nor miss them.
    /// </summary>
    public void Open(GatewayConnection connection, IEnumerable<(string EventName, JsonElement Data)> firstDispatches, Action<GatewaySession> publish)
    {
        lock (_gate)
        {
            Attach(connection);
            foreach (var (eventName, data) in firstDispatches)
            {
                Dispatch(eventName, data);
            }

            publish(this);
        }
    }

    private void Attach(GatewayConnection connection)
    {
        lock (_gate)
        {
            _connection = connection;
            _detachedAt = null;
        }
    }

    /// <summary>
    /// Moves the session to <paramref name="connection"/>, replays every dispatch after
    /// <paramref name="lastSequence"/> and then RESUMED. A connection the session still had is returned
    /// so the caller can drop it.
    /// </summary>
    public ResumeOutcome Resume(GatewayConnection connection, int lastSequence, JsonElement resumedData)
    {
        lock (_gate)
        {
            if (lastSequence > _sequence)
            {
                return new ResumeOutcome(ResumeStatus.InvalidSequence, Previous: null);
            }

            if (_replay.TryPeek(out var oldest) && lastSequence < oldest.S - 1)
            {
                return new ResumeOutcome(ResumeStatus.TooFarBehind, Previous: null);
            }

            var previous = _connection;
            Attach(connection);
            foreach (var missed in _replay.Where(payload => payload.S > lastSequence))
            {
                connection.Send(missed);
            }

            Dispatch(GatewayEvents.Resumed, resumedData);
            return new ResumeOutcome(ResumeStatus.Resumed, previous == connection ? null : previous);
        }
    }

    public void Detach(GatewayConnection connection, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_connection == connection)
            {
                _connection = null;
                _detachedAt = now;
            }
        }
    }

    public bool DetachedLongerThan(TimeSpan window, DateTimeOffset now)
    {
        lock (_gate)
        {
            return _detachedAt is { } detachedAt && now - detachedAt > window;
        }
    }
}

public enum ResumeStatus
{
    Resumed,
    InvalidSequence,
    TooFarBehind,
}

public sealed record ResumeOutcome(ResumeStatus Status, GatewayConnection? Previous);
