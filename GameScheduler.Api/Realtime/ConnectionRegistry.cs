using System.Collections.Concurrent;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// The open streams, indexed by guild: delivering an event touches only the subscribers of that event's guild, so its
/// cost grows with the guild's audience, not with every connection the instance holds.
/// </summary>
public sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, SseConnection>> _byGuild = new();

    public int GuildCount => _byGuild.Count;

    public void Add(SseConnection connection)
    {
        foreach (var guildId in connection.GuildIds)
        {
            _byGuild.GetOrAdd(guildId, _ => new ConcurrentDictionary<Guid, SseConnection>())[connection.Id] = connection;
        }
    }

    public void Remove(SseConnection connection)
    {
        foreach (var guildId in connection.GuildIds)
        {
            if (_byGuild.TryGetValue(guildId, out var subscribers))
            {
                subscribers.TryRemove(connection.Id, out _);
            }
        }
    }

    public void Deliver(string guildId, GameUpdate update)
    {
        if (_byGuild.TryGetValue(guildId, out var subscribers))
        {
            foreach (var connection in subscribers.Values)
            {
                connection.Offer(update);
            }
        }
    }

    /// <summary>
    /// A member left or was removed from a guild: their streams stop receiving its events at once. The stream's other
    /// guilds stay subscribed.
    /// </summary>
    public void Revoke(string guildId, string userId)
    {
        if (_byGuild.TryGetValue(guildId, out var subscribers))
        {
            foreach (var connection in subscribers.Values.Where(connection => connection.UserId == userId))
            {
                subscribers.TryRemove(connection.Id, out _);
            }
        }
    }
}
