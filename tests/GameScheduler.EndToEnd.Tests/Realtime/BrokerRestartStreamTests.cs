using GameScheduler.EndToEnd.Tests.Infrastructure;
using GameScheduler.EndToEnd.Tests.Scheduling;

namespace GameScheduler.EndToEnd.Tests.Realtime;

/// <summary>After RabbitMQ restarts, the Api's bridge resumes by itself: open streams are told to resync, then get new events.</summary>
[Collection(BrokerOutageCollection.Name)]
public sealed class BrokerRestartStreamTests(GraphFixture graph)
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_stream_open_across_a_broker_restart_is_told_to_resync_and_keeps_receiving_events()
    {
        await SeedGuilds.EnsureAsync(graph);
        using var anna = await graph.LogInAsync(Seed.AnnaGuildAOnly);
        await using var stream = await SseStream.OpenAsync(anna);

        await graph.SetBrokerRunningAsync(running: false);
        await graph.SetBrokerRunningAsync(running: true);
        await stream.NextAsync(e => e.Type == "resync", Recovery, "resync after the broker came back");

        await using var broker = await BrokerEvents.ListenAsync(graph);
        var gameId = Guid.NewGuid().ToString();
        await broker.PublishAsync("game.updated", Seed.GuildA, gameId);
        await stream.NextAsync(e => e.GameId == gameId, TimeSpan.FromSeconds(5), "an event published after the restart");
    }
}
