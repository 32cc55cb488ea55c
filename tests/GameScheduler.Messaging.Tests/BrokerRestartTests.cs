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
        Assert.Equal(rows.Select(row => row.Id), (await OutboxAsync()).Where(row => row.SentAt is null).Select(row => row.Id));

        await Broker.StartAsync(Timeout);
        var received = await probe.ReceiveAsync(rows.Count, Timeout);
        await AllRowsSentAsync();

        Assert.Equal(rows.Select(row => row.Id.ToString()), received.Select(message => message.Properties.MessageId));
        Assert.Empty(await probe.ReceiveStragglersAsync(TimeSpan.FromSeconds(1), Timeout));
        Assert.Single(Log.Entries, entry => entry.Category.EndsWith("GameScheduler.Messaging.OutboxRelay") && entry.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task The_relay_publishes_as_soon_as_its_connection_recovers_rather_than_at_its_next_retry()
    {
        await using var probe = await QueueProbe.StartAsync(Connection, Timeout);
        // Retries an hour apart: only the connection's recovery can make the relay publish while the test runs.
        await StartHostAsync("relay", (services, configuration) => services.AddOutboxRelay(configuration),
            new Dictionary<string, string?> { ["OutboxRelay:MinRetryDelay"] = "01:00:00", ["OutboxRelay:MaxRetryDelay"] = "01:00:00" });

        await Broker.StopAsync();
        var row = TestEvents.OutboxRow();
        await CommitAsync([row]);
        await Eventually.HoldsAsync(() => Log.Entries.Any(entry => entry.Category.EndsWith("GameScheduler.Messaging.OutboxRelay") && entry.Level == LogLevel.Warning),
            "the relay failed to publish while the broker was down", Timeout);
        await Broker.StartAsync(Timeout);

        using var longBeforeTheRetry = CancellationTokenSource.CreateLinkedTokenSource(Timeout);
        longBeforeTheRetry.CancelAfter(TimeSpan.FromMinutes(1));
        try
        {
            var message = Assert.Single(await probe.ReceiveAsync(1, longBeforeTheRetry.Token));
            Assert.Equal(row.Id.ToString(), message.Properties.MessageId);
        }
        catch (OperationCanceledException) when (!Timeout.IsCancellationRequested)
        {
            Assert.Fail("The relay did not publish within a minute of the broker's return: it waits for its next retry.");
        }

        await AllRowsSentAsync();
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

        await AssertBothConsumeAgainAsync(bot, api);
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

        await AssertBothConsumeAgainAsync(bot, api);
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

    /// <summary>
    /// Both get game events again, the Api instance guild events too (its queue is bound again), and only the Api
    /// instance is told it may have missed some: its queue lives with its connection, so events published before
    /// that connection recovered never reached it, while the bot's durable queue kept them.
    /// </summary>
    private async Task AssertBothConsumeAgainAsync(HandledEvents bot, HandledEvents api)
    {
        await PingUntilHandledAsync(TestEvents.GameRoutingKey, bot, api);
        await PingUntilHandledAsync(TestEvents.MemberRemovedRoutingKey, api);
        Assert.True(api.MissedEventsNotices > 0, "The Api instance's handler was not told that it may have missed events.");
        Assert.Equal(0, bot.MissedEventsNotices);
    }

    /// <summary>Publishes a fresh event every <see cref="PingInterval"/> until each consumer has handled one of them.</summary>
    private async Task PingUntilHandledAsync(string routingKey, params HandledEvents[] consumers)
    {
        await Eventually.HoldsAsync(() => Connection.IsOpen, "the test's own connection recovers", Timeout);
        var pings = new HashSet<Guid>();
        while (!consumers.All(consumer => consumer.All.Any(handled => pings.Contains(handled.EventId))))
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
