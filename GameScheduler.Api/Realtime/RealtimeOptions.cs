namespace GameScheduler.Api.Realtime;

/// <summary>Settings of the game-update streams (configuration section <c>Realtime</c>).</summary>
public sealed class RealtimeOptions
{
    public const string SectionName = "Realtime";

    /// <summary>How long a stream may stay silent before it gets a <c>: keepalive</c> comment (proxies close silent connections).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often an open stream re-checks its session (logout ends it) and its user's guilds.</summary>
    public TimeSpan AccessCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The shortest time between two writes of events to one stream: events coming faster wait and go out together,
    /// so a busy game costs each stream one write (and one system call) per interval instead of one per event. An event
    /// after a quiet spell goes out at once.
    /// </summary>
    public TimeSpan MinWriteInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Events a connection may have waiting; a client that falls this far behind is disconnected.</summary>
    public int ConnectionBufferSize { get; set; } = 256;

    /// <summary>
    /// Streams one user may hold open on this instance (a browser over HTTP/1.1 holds at most six); a further one closes
    /// their oldest, whose browser reconnects and catches up.
    /// </summary>
    public int MaxStreamsPerUser { get; set; } = 10;

    /// <summary>Events kept per guild for reconnecting clients; a client that missed more is told to resync.</summary>
    public int ReplayBufferLength { get; set; } = 1000;

    /// <summary>How long a reconnecting client's last event id can be resolved; older ones get a resync.</summary>
    public TimeSpan ReplayRetention { get; set; } = TimeSpan.FromHours(1);
}
