using GameScheduler.Api.Guilds;

namespace GameScheduler.Api.Realtime;

/// <summary>
/// Offers an update only to its guild's subscribers, after checking each distinct user's membership (one read for all
/// the users this instance does not hold). A user whose guild list no longer shows the guild is revoked on the spot.
/// </summary>
public sealed class IndexedFanOut(ConnectionRegistry connections, GuildMembership membership) : IGameUpdateFanOut
{
    public async Task<int> DeliverAsync(GameUpdate update, CancellationToken ct)
    {
        var audience = connections.SubscribersOf(update.GuildId).ToList();
        if (audience.Count == 0)
        {
            return 0;
        }

        var isMember = await membership.AreMembersAsync([.. audience.Select(user => user.UserId)], update.GuildId, ct);
        var frame = SseFrame.For(update);
        var delivered = 0;
        for (var i = 0; i < audience.Count; i++)
        {
            if (isMember[i] == false)
            {
                connections.Revoke(update.GuildId, audience[i].UserId);
                continue;
            }

            delivered += audience[i].Connections.Count(connection => connection.Offer(frame));
        }

        return delivered;
    }
}
