using GameScheduler.Core.Games;
using GameScheduler.Core.Outbox;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Users;
using GameScheduler.EndToEnd.Tests.Infrastructure;
using GameScheduler.EndToEnd.Tests.Scheduling;

namespace GameScheduler.EndToEnd.Tests.Faults;

/// <summary>With RabbitMQ down, changes still succeed; their events wait in the outbox and all arrive once it returns.</summary>
[Collection(FaultsCollection.Name)]
public sealed class BrokerOutageTests(GraphFixture graph)
{
    private static readonly TimeSpan StateTimeout = TimeSpan.FromMinutes(1);
    private const int Joins = 5;

    [Fact]
    public async Task Joins_succeed_while_the_broker_is_down_and_their_events_arrive_after_it_restarts()
    {
        await using var writer = await DomainWriter.InNewGuildAsync(graph);
        var queue = $"outage-test-{Guid.NewGuid():N}";
        var bindingKey = $"game.*.{writer.Guild.Id}";
        Guid game;
        await using (var before = await BrokerEvents.ListenDurableAsync(graph, queue, bindingKey))
        {
            game = await OutboxEventTests.CreateGameAsync(writer);
            await before.NextAsync(e => e.RoutingKey.StartsWith("game.created.", StringComparison.Ordinal),
                TimeSpan.FromSeconds(10), "game.created before the outage");
        }

        await graph.SetRunningAsync(ResourceControl.Messaging, running: false);
        for (var i = 0; i < Joins; i++)
        {
            var player = writer.CallerFor(new UserProfile(DomainWriter.NewSnowflake(), $"player{i}", $"Player {i}"));
            Assert.IsType<Joined>(await writer.RunAsync<ParticipationService, IJoinResult>(s => s.JoinAsync(player, game, default)));
        }

        Assert.True(await writer.RunAsync<OutboxRelayStore, int>(s => s.CountUnsentAsync(default)) >= Joins,
            "The joins' events should wait in the outbox while the broker is down.");

        await graph.SetRunningAsync(ResourceControl.Messaging, running: true);
        await using var after = await BrokerEvents.ListenDurableAsync(graph, queue, bindingKey);
        var arrived = new List<BrokerEvent>();
        for (var i = 0; i < Joins; i++)
        {
            arrived.Add(await after.NextAsync(_ => true, StateTimeout, $"join event {i + 1} of {Joins} after the restart"));
        }

        Assert.All(arrived, e => Assert.Equal($"game.updated.{writer.Guild.Id}", e.RoutingKey));
        Assert.Equal(Joins, arrived.Select(e => e.Envelope.GetProperty("id").GetString()).Distinct().Count());
        Assert.Empty(await after.CollectAsync(TimeSpan.FromSeconds(1)));
    }
}
