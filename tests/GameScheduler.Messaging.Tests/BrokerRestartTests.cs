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
    [Fact]
    public async Task Rows_committed_while_the_broker_is_down_all_arrive_in_order_as_soon_as_its_connection_recovers()
    {
        await using var probe = await QueueProbe.StartAsync(Connection, Timeout);
        // Retries an hour apart: only the connection's recovery can make the relay publish again while the test runs.
        await StartHostAsync("relay", (services, configuration) => services.AddOutboxRelay(configuration),
            new Dictionary<string, string?> { ["OutboxRelay:MinRetryDelay"] = "01:00:00", ["OutboxRelay:MaxRetryDelay"] = "01:00:00" });
        await CommitAsync([TestEvents.OutboxRow()]);
        await probe.ReceiveAsync(1, Timeout);

        await Broker.StopAsync();
        var rows = Enumerable.Range(0, 20).Select(_ => TestEvents.OutboxRow()).ToList();
        await CommitAsync(rows);
        await Eventually.HoldsAsync(() => RelayWarnings().Any(), WaitTimeout, "the relay failed to publish while the broker was down");
        Assert.Equal(rows.Select(row => row.Id), (await OutboxAsync()).Where(row => row.SentAt is null).Select(row => row.Id));

        await Broker.StartAsync();
        using var longBeforeTheRetry = CancellationTokenSource.CreateLinkedTokenSource(Timeout);
        longBeforeTheRetry.CancelAfter(WaitTimeout);
        List<ReceivedMessage> received;
        try
        {
            received = await probe.ReceiveAsync(rows.Count, longBeforeTheRetry.Token);
        }
        catch (OperationCanceledException) when (!Timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"The relay did not publish within {WaitTimeout} of the broker's return: it waits for its next retry.");
        }

        await AllRowsSentAsync();
        Assert.Equal(rows.Select(row => row.Id.ToString()), received.Select(message => message.Properties.MessageId));
        Assert.Empty(await probe.ReceiveStragglersAsync(TimeSpan.FromSeconds(1), Timeout));
        Assert.Single(RelayWarnings());
    }

    [Fact]
    public async Task Consumers_resume_after_the_broker_restarts_with_their_queues_declared_and_bound_again()
    {
        var bot = await StartConsumerAsync(EventQueue.BotEvents, "bot");
        var api = await StartConsumerAsync(EventQueue.ApiInstanceEvents, "api");
        var beforeRestart = Guid.NewGuid();
        await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(beforeRestart));
        await bot.WaitForAsync(beforeRestart, WaitTimeout);
        await api.WaitForAsync(beforeRestart, WaitTimeout);

        await Broker.StopAsync();
        await Broker.StartAsync();

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
                WaitTimeout, $"{queue.Name} is declared again after the recovery");
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

    /// <summary>
    /// Publishes a fresh event at every poll until each consumer has handled one of them: events published before a
    /// consumer's queue is declared again reach no one.
    /// </summary>
    private async Task PingUntilHandledAsync(string routingKey, params HandledEvents[] consumers)
    {
        await Eventually.HoldsAsync(() => Connection.IsOpen, WaitTimeout, "the test's own connection recovers");
        var pings = new HashSet<Guid>();
        await Eventually.HoldsAsync(async () =>
        {
            if (consumers.All(consumer => consumer.All.Any(handled => pings.Contains(handled.EventId)))) return true;
            var ping = Guid.NewGuid();
            pings.Add(ping);
            await PublishAsync(routingKey, TestEvents.Body(ping));
            return false;
        }, WaitTimeout, $"each consumer handles one of the events published to {routingKey}");
    }

    private IEnumerable<LogEntry> RelayWarnings() =>
        Log.Entries.Where(entry => entry.Category.EndsWith("GameScheduler.Messaging.OutboxRelay") && entry.Level == LogLevel.Warning);
}
