using GameScheduler.Api.Realtime;

namespace GameScheduler.Benchmarks.Sse.Server;

/// <summary>
/// The baseline of <see cref="FanOutStrategy.Naive"/>: every event visits every open connection, and each subscribed
/// connection reads its user's cached guild list itself, with no index and no memo.
/// </summary>
internal sealed class NaiveFanOut(ConnectionRegistry connections, IGuildListCache guildLists) : IGameUpdateFanOut
{
    public async Task<int> DeliverAsync(GameUpdate update, CancellationToken ct)
    {
        var frame = SseFrame.For(update);
        var offers = connections.All
            .Where(connection => connection.Subscribes(update.GuildId))
            .Select(async connection =>
            {
                var guildIds = (await guildLists.GuildIdsAsync([connection.UserId], ct))[0];
                return guildIds?.Contains(update.GuildId) != false && connection.Offer(frame);
            });
        return (await Task.WhenAll(offers)).Count(delivered => delivered);
    }
}
