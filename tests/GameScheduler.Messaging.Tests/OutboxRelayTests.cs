using System.Diagnostics;
using System.Diagnostics.Metrics;
using GameScheduler.Core.Events;
using GameScheduler.Core.Inbox;
using GameScheduler.Messaging.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace GameScheduler.Messaging.Tests;

public sealed class OutboxRelayTests(RabbitMqFixture broker, PostgresFixture postgres, ITestOutputHelper output)
    : MessagingTest(broker, postgres, output)
{
    [Fact]
    public async Task Every_row_is_published_once_with_its_routing_key_properties_trace_and_envelope()
    {
        await using var probe = await QueueProbe.StartAsync(Connection, Timeout);
        await StartHostAsync("relay", (services, configuration) => services.AddOutboxRelay(configuration));
        var rows = new[]
        {
            TestEvents.OutboxRow(new GameCreated(Guid.NewGuid(), TestEvents.GuildId)),
            TestEvents.OutboxRow(new GameUpdated(Guid.NewGuid(), "100000000000000002")),
            TestEvents.OutboxRow(new GameCancelled(Guid.NewGuid(), TestEvents.GuildId)),
        };

        await CommitAsync(rows);

        var received = await probe.ReceiveAsync(rows.Length, Timeout);
        await AllRowsSentAsync();
        Assert.Empty(await probe.ReceiveStragglersAsync(TimeSpan.FromSeconds(1), Timeout));
        foreach (var row in rows)
        {
            var message = Assert.Single(received, message => message.Properties.MessageId == row.Id.ToString());
            Assert.Equal(row.RoutingKey, message.RoutingKey);
            Assert.Equal(row.Type, message.Properties.Type);
            Assert.Equal("application/json", message.Properties.ContentType);
            Assert.True(message.Properties.Persistent);
            Assert.Equal(row.Payload, message.Body);
            Assert.Equal(ActivityContext.Parse(row.Traceparent!, null).TraceId, ActivityContext.Parse(message.Header("traceparent")!, null).TraceId);
        }
    }

    [Fact]
    public async Task A_commit_wakes_the_relay_without_waiting_for_its_poll()
    {
        await using var probe = await QueueProbe.StartAsync(Connection, Timeout);
        await StartHostAsync("relay", (services, configuration) => services.AddOutboxRelay(configuration),
            new Dictionary<string, string?> { ["OutboxRelay:PollInterval"] = "01:00:00" });
        // The relay reads the outbox when it starts and once more when its listener is up; after both reads, only the
        // commit's notification can make it publish before the hour is over.
        await Eventually.HoldsAsync(() => Log.Entries.Any(entry => entry.Message.StartsWith("Listening for outbox commits"))
                && Log.Entries.Count(entry => entry.Message.StartsWith("Executed DbCommand") && entry.Message.Contains("FOR UPDATE SKIP LOCKED")) >= 2,
            WaitTimeout, "the relay listens for commits and has read the empty outbox twice");
        var row = TestEvents.OutboxRow();

        var committed = Stopwatch.StartNew();
        await CommitAsync([row]);
        using var longBeforeThePoll = CancellationTokenSource.CreateLinkedTokenSource(Timeout);
        longBeforeThePoll.CancelAfter(TimeSpan.FromSeconds(5));
        var message = Assert.Single(await probe.ReceiveAsync(1, longBeforeThePoll.Token));

        Assert.Equal(row.Id.ToString(), message.Properties.MessageId);
        Output.WriteLine($"Commit to delivery: {committed.ElapsedMilliseconds} ms.");
    }

    [Fact]
    public async Task Two_relays_at_once_publish_each_row_exactly_once()
    {
        await using var probe = await QueueProbe.StartAsync(Connection, Timeout);
        var smallBatches = new Dictionary<string, string?> { ["OutboxRelay:BatchSize"] = "10" };
        await StartHostAsync("relay-a", (services, configuration) => services.AddOutboxRelay(configuration), smallBatches);
        await StartHostAsync("relay-b", (services, configuration) => services.AddOutboxRelay(configuration), smallBatches);
        var rows = Enumerable.Range(0, 200).Select(_ => TestEvents.OutboxRow()).ToList();

        await Task.WhenAll(rows.Chunk(50).Select(chunk => CommitAsync(chunk)));

        var received = await probe.ReceiveAsync(rows.Count, Timeout);
        await AllRowsSentAsync();
        received.AddRange(await probe.ReceiveStragglersAsync(TimeSpan.FromSeconds(1), Timeout));
        Assert.Equal(rows.Select(row => row.Id.ToString()).Order(), received.Select(message => message.Properties.MessageId).Order());
    }

    [Fact]
    public async Task Sent_events_and_handled_event_records_are_purged_once_past_their_retention()
    {
        var handledLongAgo = Guid.NewGuid();
        await using (var db = CreateDbContext())
        {
            db.ProcessedEvents.Add(new ProcessedEvent { Consumer = EventQueue.BotEvents.Name, EventId = handledLongAgo, ProcessedAt = DateTimeOffset.UtcNow.AddDays(-1) });
            await db.SaveChangesAsync(Timeout);
        }

        await StartHostAsync("relay", (services, configuration) => services.AddOutboxRelay(configuration),
            new Dictionary<string, string?> { ["OutboxRelay:Retention"] = "00:00:01", ["OutboxRelay:PurgeInterval"] = "00:00:00.200" });
        await CommitAsync([TestEvents.OutboxRow(), TestEvents.OutboxRow()]);

        await Eventually.HoldsAsync(async () => (await OutboxAsync()).Count == 0, WaitTimeout, "the sent rows are purged");
        Assert.Empty(await ProcessedByAsync(handledLongAgo));
    }

    [Fact]
    public async Task Confirmed_events_are_counted_and_their_lag_recorded()
    {
        var published = 0L;
        var lagRecordings = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Meter.Name == "GameScheduler.Messaging") meterListener.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "gamescheduler.outbox.events_published") Interlocked.Add(ref published, value);
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            if (instrument.Name == "gamescheduler.outbox.relay_lag" && value >= 0) Interlocked.Increment(ref lagRecordings);
        });
        listener.Start();
        await StartHostAsync("relay", (services, configuration) => services.AddOutboxRelay(configuration));

        await CommitAsync([TestEvents.OutboxRow(), TestEvents.OutboxRow()]);
        await AllRowsSentAsync();

        Assert.Equal(2, Interlocked.Read(ref published));
        Assert.Equal(2, Volatile.Read(ref lagRecordings));
    }

    [Fact]
    public async Task An_event_published_before_the_bot_ever_ran_waits_in_bot_events()
    {
        await StartHostAsync("api-relay", (services, configuration) => services.AddOutboxRelay(configuration));
        var row = TestEvents.OutboxRow();

        await CommitAsync([row]);
        await AllRowsSentAsync();
        Assert.Equal(1u, await MessagesInAsync(EventQueue.BotEvents.Name));

        var bot = await StartConsumerAsync(EventQueue.BotEvents, "bot");
        await bot.WaitForAsync(row.Id, WaitTimeout);
    }

    [Fact]
    public async Task An_unroutable_event_stays_in_the_outbox_and_is_published_once_its_queue_exists_again()
    {
        await StartHostAsync("relay", (services, configuration) => services.AddOutboxRelay(configuration));
        await CommitAsync([TestEvents.OutboxRow()]);
        await AllRowsSentAsync();
        await using (var channel = await Connection.CreateChannelAsync(cancellationToken: Timeout))
        {
            await channel.QueueDeleteAsync(EventQueue.BotEvents.Name, cancellationToken: Timeout);
        }

        var returned = TestEvents.OutboxRow();
        await CommitAsync([returned]);

        await Eventually.HoldsAsync(() => Log.Entries.Any(entry => entry.Message.StartsWith("Publishing events failed")),
            WaitTimeout, "the broker returns the unroutable event and the relay keeps it");
        await AllRowsSentAsync();
        var bot = await StartConsumerAsync(EventQueue.BotEvents, "bot");
        await bot.WaitForAsync(returned.Id, WaitTimeout);
    }

    [Fact]
    public async Task A_guild_event_with_no_api_instance_listening_does_not_hold_back_the_events_after_it()
    {
        await StartHostAsync("bot-relay", (services, configuration) => services.AddOutboxRelay(configuration));

        await CommitAsync([TestEvents.OutboxRow(new GuildMemberRemoved(TestEvents.GuildId, "8")), TestEvents.OutboxRow()]);

        await AllRowsSentAsync();
        Assert.Equal(1u, await MessagesInAsync(EventQueue.BotEvents.Name));
    }
}
