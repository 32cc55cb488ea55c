using System.Text.Json;
using GameScheduler.EndToEnd.Tests.Infrastructure;

namespace GameScheduler.EndToEnd.Tests.Realtime;

/// <summary>
/// With two Api instances each has its own queue, so a stream on either receives every event; and the replay buffer,
/// which both instances feed, holds each event once. Each instance reads a changed game's state for its own streams, and
/// every stream ends on the same state, whichever instance it listens to.
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

    [Fact]
    public async Task Streams_on_either_instance_get_each_change_with_its_state_and_end_on_the_same_version()
    {
        using var alice = await Graph.LogInAsync(Seed.AliceOwner);
        using var anna = await Graph.LogInAsync(Seed.AnnaGuildAOnly);
        var gameId = (await alice.CreateGameAsync(Seed.GuildA, Seed.GuildAGeneral, "Watched on two instances")).GetProperty("id").GetString()!;
        // The bot's announcement writes the game too: wait for it, so the join and the leave are the last changes.
        await Eventually.ReadsAsync(() => alice.GetJsonAsync($"/api/v1/games/{gameId}"),
            game => game.GetProperty("discord_message_id").ValueKind == JsonValueKind.String, Delivery, "the game's announcement");
        var streams = await Task.WhenAll(replicas.ApiInstances.Select(instance => SseStream.OpenOnInstanceAsync(alice, instance)));
        try
        {
            var joined = await anna.PostJsonAsync($"/api/v1/games/{gameId}/join");
            foreach (var stream in streams)
            {
                var join = await stream.NextAsync(e => e.GameId == gameId && State(e) is { } state && Confirmed(state).Contains(Seed.AnnaGuildAOnly),
                    Delivery, "the join with the game's state");
                var state = join.Data.GetProperty("game");
                Assert.True(state.GetProperty("version").GetInt64() >= joined.GetProperty("version").GetInt64());
                Assert.Equal([Seed.AnnaGuildAOnly], join.Data.GetProperty("affected_user_ids").EnumerateArray().Select(id => id.GetString()));
                Assert.False(state.TryGetProperty("can_join", out _), "a stream's state holds nobody's own permissions");
            }

            await anna.PostJsonAsync($"/api/v1/games/{gameId}/leave");
            var ends = new List<JsonElement>();
            foreach (var stream in streams)
            {
                var leave = await stream.NextAsync(e => e.GameId == gameId && State(e) is { } state && !Confirmed(state).Any(),
                    Delivery, "the leave with the game's state");
                ends.Add(leave.Data.GetProperty("game"));
            }

            var stored = await alice.GetJsonAsync($"/api/v1/games/{gameId}");
            Assert.All(ends, end =>
            {
                Assert.Empty(Confirmed(end));
                Assert.Equal(stored.GetProperty("version").GetInt64(), end.GetProperty("version").GetInt64());
            });
            Assert.Equal(ends[0].GetRawText(), ends[1].GetRawText());
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    private static JsonElement? State(SseEvent update) => update.Data.TryGetProperty("game", out var game) ? game : null;

    private static IEnumerable<string?> Confirmed(JsonElement game) =>
        game.GetProperty("participants").GetProperty("confirmed").EnumerateArray().Select(participant => participant.GetProperty("user_id").GetString());
}
