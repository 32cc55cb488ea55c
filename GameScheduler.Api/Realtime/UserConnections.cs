using System.Collections.Concurrent;

namespace GameScheduler.Api.Realtime;

/// <summary>The streams one user holds (all of them, or those listening to one guild), in the order they were added.</summary>
public sealed class UserConnections(string userId)
{
    private readonly ConcurrentDictionary<SseConnection, long> _connections = new();
    private long _added;

    public string UserId { get; } = userId;

    public IEnumerable<SseConnection> Connections => _connections.Select(entry => entry.Key);

    public bool IsEmpty => _connections.IsEmpty;

    public int Count => _connections.Count;

    /// <summary>The stream added first among those still held.</summary>
    public SseConnection? Oldest => _connections.IsEmpty ? null : _connections.MinBy(entry => entry.Value).Key;

    /// <summary>Adds a stream; callers serialize their changes (<see cref="ConnectionRegistry"/>).</summary>
    internal void Add(SseConnection connection) => _connections.TryAdd(connection, ++_added);

    internal bool Remove(SseConnection connection) => _connections.TryRemove(connection, out _);
}
