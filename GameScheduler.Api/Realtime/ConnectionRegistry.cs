using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// This instance's open streams, indexed by guild and, within a guild, by user. Delivering an event touches only its
/// guild's subscribers, so its cost grows with that guild's audience, not with every connection held; grouping by
/// user lets delivery check membership once per user however many tabs they have open. Changes are serialized;
/// readers never wait. A user holds at most <see cref="RealtimeOptions.MaxStreamsPerUser"/> streams: a further one
/// closes their oldest.
/// </summary>
public sealed class ConnectionRegistry(IOptions<RealtimeOptions> options)
{
    private readonly Lock _changes = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, UserConnections>> _byGuild = new();
    private readonly ConcurrentDictionary<string, UserConnections> _byUser = new();
    private int _count;

    /// <summary>Open connections.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Every open connection (what the naive strategy scans, and who hears a broadcast resync).</summary>
    public IEnumerable<SseConnection> All => _byUser.Values.SelectMany(user => user.Connections);

    public void Add(SseConnection connection)
    {
        lock (_changes)
        {
            if (_byUser.TryGetValue(connection.UserId, out var held)
                && held.Count >= options.Value.MaxStreamsPerUser && held.Oldest is { } oldest)
            {
                RemoveHeld(oldest);
                oldest.Close();
            }

            Connections(_byUser, connection.UserId).Add(connection);
            foreach (var guildId in connection.GuildIds)
            {
                Connections(_byGuild.GetOrAdd(guildId, _ => new()), connection.UserId).Add(connection);
            }

            _count++;
        }
    }

    public void Remove(SseConnection connection)
    {
        lock (_changes)
        {
            RemoveHeld(connection);
        }
    }

    public bool HasConnections(string userId) => _byUser.ContainsKey(userId);

    /// <summary>The guild's subscribers, one entry per user.</summary>
    public IEnumerable<UserConnections> SubscribersOf(string guildId) =>
        _byGuild.TryGetValue(guildId, out var users) ? users.Values : [];

    /// <summary>The user lost access to the guild: none of their streams receives its events any more.</summary>
    public void Revoke(string guildId, string userId)
    {
        lock (_changes)
        {
            if (!_byGuild.TryGetValue(guildId, out var users) || !users.TryRemove(userId, out var revoked))
            {
                return;
            }

            DropIfEmpty(guildId, users);
            foreach (var connection in revoked.Connections)
            {
                connection.Unsubscribe(guildId);
            }
        }
    }

    /// <summary>One stream stops receiving a guild's events (its user's other streams are left alone).</summary>
    public void Unsubscribe(SseConnection connection, string guildId)
    {
        lock (_changes)
        {
            if (connection.Unsubscribe(guildId))
            {
                RemoveFromGuild(guildId, connection);
            }
        }
    }

    private void RemoveHeld(SseConnection connection)
    {
        if (!_byUser.TryGetValue(connection.UserId, out var mine) || !mine.Remove(connection))
        {
            return;
        }

        DropIfEmpty(_byUser, connection.UserId, mine);
        foreach (var guildId in connection.GuildIds)
        {
            RemoveFromGuild(guildId, connection);
        }

        _count--;
    }

    private void RemoveFromGuild(string guildId, SseConnection connection)
    {
        if (_byGuild.TryGetValue(guildId, out var users)
            && users.TryGetValue(connection.UserId, out var theirs)
            && theirs.Remove(connection))
        {
            DropIfEmpty(users, connection.UserId, theirs);
            DropIfEmpty(guildId, users);
        }
    }

    private static UserConnections Connections(ConcurrentDictionary<string, UserConnections> byUser, string userId) =>
        byUser.GetOrAdd(userId, id => new UserConnections(id));

    private static void DropIfEmpty(ConcurrentDictionary<string, UserConnections> byUser, string userId, UserConnections connections)
    {
        if (connections.IsEmpty)
        {
            byUser.TryRemove(KeyValuePair.Create(userId, connections));
        }
    }

    private void DropIfEmpty(string guildId, ConcurrentDictionary<string, UserConnections> users)
    {
        if (users.IsEmpty)
        {
            _byGuild.TryRemove(KeyValuePair.Create(guildId, users));
        }
    }
}
