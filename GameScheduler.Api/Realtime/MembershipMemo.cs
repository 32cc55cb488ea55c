using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Delivery-time membership: each user's cached guild list, remembered in process for a few seconds so that one event
/// costs at most one cache read per distinct user (and a burst of events, none after the first).
/// </summary>
public sealed class MembershipMemo(IGuildListCache cache, TimeProvider time, IOptions<RealtimeOptions> options)
{
    private readonly ConcurrentDictionary<string, Remembered> _users = new();

    private sealed record Remembered(IReadOnlySet<string>? GuildIds, DateTimeOffset FreshUntil);

    /// <summary>
    /// Whether each user is in the guild: true or false from their cached guild list, null when none is cached (their
    /// stream's own access check fetches it again). Stale or unknown users are read in one round trip.
    /// </summary>
    public async Task<bool?[]> AreMembersAsync(IReadOnlyList<string> userIds, string guildId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var stale = userIds.Where(userId => !_users.TryGetValue(userId, out var known) || known.FreshUntil <= now).ToList();
        if (stale.Count > 0)
        {
            var lists = await cache.GuildIdsAsync(stale, ct);
            var freshUntil = time.GetUtcNow() + options.Value.MembershipMemoLifetime;
            for (var i = 0; i < stale.Count; i++)
            {
                _users[stale[i]] = new Remembered(lists[i], freshUntil);
            }
        }

        return [.. userIds.Select(userId => _users.TryGetValue(userId, out var known) ? known.GuildIds?.Contains(guildId) : null)];
    }

    /// <summary>Forgets a user (their membership changed, or they have no stream left here).</summary>
    public void Forget(string userId) => _users.TryRemove(userId, out _);
}
