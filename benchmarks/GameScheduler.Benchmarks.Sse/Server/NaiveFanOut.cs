using GameScheduler.Api.Guilds;
using GameScheduler.Api.Realtime;

namespace GameScheduler.Benchmarks.Sse.Server;

/// <summary>
/// The baseline of <see cref="FanOutStrategy.Naive"/>: every event visits every open connection, and each subscribed
/// connection checks its user's membership itself, with no index and no batching.
/// </summary>
internal sealed class NaiveFanOut(ConnectionRegistry connections, GuildMembership membership) : IGameUpdateFanOut
{
    public async Task<int> DeliverAsync(GameUpdate update, CancellationToken ct)
    {
        var frame = SseFrame.For(update);
        var offers = connections.All
            .Where(connection => connection.Subscribes(update.GuildId))
            .Select(async connection =>
            {
                var isMember = (await membership.AreMembersAsync([connection.UserId], update.GuildId, ct))[0];
                return isMember != false && connection.Offer(frame);
            });
        return (await Task.WhenAll(offers)).Count(delivered => delivered);
    }
}
