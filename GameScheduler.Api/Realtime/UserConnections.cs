using System.Collections.Concurrent;

namespace GameScheduler.Api.Realtime;

/// <summary>The streams one user holds (all of them, or those listening to one guild).</summary>
public sealed class UserConnections(string userId)
{
    private readonly ConcurrentDictionary<SseConnection, byte> _connections = new();

    public string UserId { get; } = userId;

    public IEnumerable<SseConnection> Connections => _connections.Select(entry => entry.Key);

    public bool IsEmpty => _connections.IsEmpty;

    internal void Add(SseConnection connection) => _connections.TryAdd(connection, 0);

    internal bool Remove(SseConnection connection) => _connections.TryRemove(connection, out _);
}
