using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Realtime;

/// <summary>
/// With two Api instances each has its own queue, so a stream on either receives every event; and the replay buffer,
/// which both instances feed, holds each event once.
/// </summary>
[Collection(TwoApiReplicasCollection.Name)]
public sealed class TwoApiReplicasTests(TwoApiReplicasFixture replicas) : IAsyncLifetime
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(5);
    private BrokerEvents _broker = null!;

    private GraphFixture Graph => replicas.Graph;

    public async Task InitializeAsync()
    {
        await SeedGuilds.EnsureAsync(Graph);
        _broker = await BrokerEvents.ListenAsync(Graph, "game.#");
    }

    public async Task DisposeAsync() => await _broker.DisposeAsync();

    private async Task<List<string>> PublishAsync(int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await _broker.PublishAsync("game.updated", Seed.GuildA, Guid.NewGuid().ToString()));
        }

        return ids;
    }

    [Fact]
    public async Task A_stream_on_each_instance_receives_every_event_once_and_in_order()
    {
        using var anna = await Graph.LogInAsync(Seed.AnnaGuildAOnly);
        var streams = await Task.WhenAll(replicas.ApiInstances.Select(instance => SseStream.OpenOnInstanceAsync(anna, instance)));
        try
        {
            var published = await PublishAsync(5);

            foreach (var stream in streams)
            {
                var received = await stream.UntilAsync(e => e.Id == published[^1], Delivery, "the last of five events");
                Assert.Equal(published, received.Select(e => e.Id));
            }
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_reconnect_to_the_other_instance_replays_each_missed_event_once()
    {
        using var anna = await Graph.LogInAsync(Seed.AnnaGuildAOnly);
        string lastEventId;
        await using (var first = await SseStream.OpenOnInstanceAsync(anna, replicas.ApiInstances[0]))
        {
            var seen = (await PublishAsync(1))[0];
            lastEventId = (await first.NextAsync(e => e.Id == seen, Delivery, "the event seen before disconnecting")).Id!;
        }

        // The instance reconnected to handles events in publish order and stores each before it offers it to streams:
        // once a live stream there has the last missed event, every missed event is stored for replay.
        List<string> missed;
        await using (var live = await SseStream.OpenOnInstanceAsync(anna, replicas.ApiInstances[1]))
        {
            missed = await PublishAsync(3);
            await live.NextAsync(e => e.Id == missed[^1], Delivery, "the last missed event on the other instance");
        }

        await using var second = await SseStream.OpenOnInstanceAsync(anna, replicas.ApiInstances[1], lastEventId);
        var replayed = await second.CollectAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(missed, replayed.Select(e => e.Id));
    }
}
