using GameScheduler.Core.Events;
using GameScheduler.Messaging.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace GameScheduler.Messaging.Tests;

/// <summary>The broker, or the connection to it, goes away under running services and comes back; the services are not restarted.</summary>
public sealed class BrokerRestartTests(RabbitMqFixture broker, PostgresFixture postgres, ITestOutputHelper output)
    : MessagingTest(broker, postgres, output)
{
    private static readonly TimeSpan PingInterval = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task Rows_stay_unsent_while_the_broker_is_down_and_all_arrive_in_order_after_it_restarts()
    {
        await using var probe = await QueueProbe.StartAsync(Connection, Timeout);
        await StartHostAsync("relay", (services, configuration) => services.AddOutboxRelay(configuration));
        await CommitAsync([TestEvents.OutboxRow()]);
        await probe.ReceiveAsync(1, Timeout);

        await Broker.StopAsync();
        var rows = Enumerable.Range(0, 20).Select(_ => TestEvents.OutboxRow()).ToList();
        await CommitAsync(rows);
        await Task.Delay(TimeSpan.FromSeconds(2), Timeout);
        Assert.All(await OutboxAsync(), row => Assert.Equal(row.Id == rows[0].Id || rows.Any(r => r.Id == row.Id), row.SentAt is null));

        await Broker.StartAsync(Timeout);
        var received = await probe.ReceiveAsync(rows.Count, Timeout);
        await AllRowsSentAsync();

        Assert.Equal(rows.Select(row => row.Id.ToString()), received.Select(message => message.Properties.MessageId));
        Assert.Empty(await probe.ReceiveStragglersAsync(TimeSpan.FromSeconds(1), Timeout));
        Assert.Single(Log.Entries, entry => entry.Category.EndsWith(typeof(OutboxRelayOptions).Namespace + ".OutboxRelay") && entry.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task Consumers_resume_after_the_broker_restarts_with_their_queues_declared_and_bound_again()
    {
        var bot = await StartConsumerAsync(EventQueue.BotEvents, "bot");
        var api = await StartConsumerAsync(EventQueue.ApiInstanceEvents, "api");
        var beforeRestart = Guid.NewGuid();
        await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(beforeRestart));
        await bot.WaitForAsync(beforeRestart, Timeout);
        await api.WaitForAsync(beforeRestart, Timeout);

        await Broker.StopAsync();
        await Broker.StartAsync(Timeout);

        // The Api's queue lives with its connection: events published before that connection recovers never reach it.
        await PingUntilHandledAsync(TestEvents.GameRoutingKey, bot, api);
        await PingUntilHandledAsync(EventRouting.RoutingKey(EventTypes.GuildMemberRemoved, TestEvents.GuildId), api);
    }

    [Fact]
    public async Task Consumers_recover_from_dropped_connections_with_their_queues_declared_and_bound_again()
    {
        var bot = await StartConsumerAsync(EventQueue.BotEvents, "bot");
        var api = await StartConsumerAsync(EventQueue.ApiInstanceEvents, "api");

        await Broker.CloseAllConnectionsAsync(Timeout);

        // The client's automatic recovery restores these channels; the consumers then declare their topology again.
        foreach (var queue in new[] { EventQueue.BotEvents, EventQueue.ApiInstanceEvents })
        {
            await Eventually.HoldsAsync(() => Log.Entries.Any(entry => entry.Message == $"The broker connection recovered; consuming {queue.Name} again."),
                $"{queue.Name} is declared again after the recovery", Timeout);
        }

        await PingUntilHandledAsync(TestEvents.GameRoutingKey, bot, api);
        await PingUntilHandledAsync(EventRouting.RoutingKey(EventTypes.GuildMemberRemoved, TestEvents.GuildId), api);
    }

    [Fact]
    public async Task A_consumer_whose_queue_is_deleted_declares_it_again_and_goes_on()
    {
        var bot = await StartConsumerAsync(EventQueue.BotEvents, "bot");

        await using (var channel = await Connection.CreateChannelAsync(cancellationToken: Timeout))
        {
            await channel.QueueDeleteAsync(EventQueue.BotEvents.Name, cancellationToken: Timeout);
        }

        await PingUntilHandledAsync(TestEvents.GameRoutingKey, bot);
    }

    private async Task<HandledEvents> StartConsumerAsync(EventQueue queue, string instance)
    {
        var handled = new HandledEvents();
        await StartHostAsync(instance, (services, _) => services
            .AddSingleton(handled)
            .AddEventConsumer<RecordingHandler>(queue));
        await Eventually.HoldsAsync(() => Log.Entries.Any(entry => entry.Message == $"Consuming {queue.Name}."),
            $"{instance} consumes {queue.Name}", Timeout);
        return handled;
    }

    /// <summary>Publishes a fresh event every <see cref="PingInterval"/> until each consumer has handled one of them.</summary>
    private async Task PingUntilHandledAsync(string routingKey, params HandledEvents[] consumers)
    {
        await Eventually.HoldsAsync(() => Connection.IsOpen, "the test's own connection recovers", Timeout);
        var pings = new HashSet<Guid>();
        while (!consumers.All(consumer => consumer.All.Any(handled => pings.Contains(handled.Envelope.Id))))
        {
            var ping = Guid.NewGuid();
            pings.Add(ping);
            await PublishAsync(routingKey, TestEvents.Body(ping));
            try
            {
                await Task.Delay(PingInterval, Timeout);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"No consumer handled any of {pings.Count} events published to {routingKey}.");
            }
        }
    }
}
