using System.Diagnostics;
using System.Text;
using GameScheduler.Core.Events;
using GameScheduler.Messaging.Tests.Infrastructure;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace GameScheduler.Messaging.Tests;

public sealed class EventConsumerTests(RabbitMqFixture broker, PostgresFixture postgres, ITestOutputHelper output)
    : MessagingTest(broker, postgres, output)
{
    [Fact]
    public async Task A_bot_events_consumer_handles_an_event_once_though_it_arrives_twice()
    {
        var handled = await StartConsumerAsync(EventQueue.BotEvents, "bot");
        var eventId = Guid.NewGuid();
        var marker = Guid.NewGuid();

        await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(eventId));
        await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(eventId));
        await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(marker));
        await handled.WaitForAsync(marker, WaitTimeout);

        Assert.Equal(1, handled.TimesHandled(eventId));
        Assert.Equal(["bot_events"], await ProcessedByAsync(eventId));
    }

    [Fact]
    public async Task Unknown_envelope_fields_are_ignored()
    {
        var handled = await StartConsumerAsync(EventQueue.BotEvents, "bot");
        var eventId = Guid.NewGuid();
        var body = $$$"""{"id":"{{{eventId}}}","type":"game.updated","occurred_at":"2030-01-01T12:00:00Z","schema":2,"data":{"game_id":"{{{Guid.NewGuid()}}}","guild_id":"1","extra":[1,2]}}""";

        await PublishAsync(TestEvents.GameRoutingKey, Encoding.UTF8.GetBytes(body));

        var seen = await handled.WaitForAsync(eventId, WaitTimeout);
        Assert.Equal("game.updated", seen.Type);
    }

    [Fact]
    public async Task The_handler_runs_in_a_consumer_span_that_continues_the_publishers_trace()
    {
        using var tracing = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "GameScheduler.Messaging",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(tracing);
        var handled = await StartConsumerAsync(EventQueue.BotEvents, "bot");
        var eventId = Guid.NewGuid();
        var publisher = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);

        await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(eventId),
            traceparent: $"00-{publisher.TraceId}-{publisher.SpanId}-01");

        var seen = await handled.WaitForAsync(eventId, WaitTimeout);
        Assert.Equal(publisher.TraceId, seen.TraceId);
        Assert.Equal(publisher.SpanId, seen.ParentSpanId);
    }

    [Fact]
    public async Task A_poison_message_is_dead_lettered_and_not_requeued_and_consumption_goes_on()
    {
        var handled = await StartConsumerAsync(EventQueue.BotEvents, "bot");
        var next = Guid.NewGuid();

        await PublishAsync(TestEvents.GameRoutingKey, "not json at all"u8.ToArray(), messageId: "poison-1");
        await PublishAsync(TestEvents.GameRoutingKey, """{"id":"6a4b5f64-0000-4000-8000-000000000001","data":{}}"""u8.ToArray(), messageId: "poison-2");
        await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(next));
        await handled.WaitForAsync(next, WaitTimeout);

        var deadLetters = await DrainDeadLettersAsync(2);
        Assert.Equal(["poison-1", "poison-2"], deadLetters.Select(message => message.BasicProperties.MessageId).Order());
        Assert.Equal(0u, await MessagesInAsync(EventQueue.BotEvents.Name));
    }

    [Fact]
    public async Task An_event_whose_handler_keeps_failing_is_retried_then_dead_lettered()
    {
        var handled = await StartConsumerAsync(EventQueue.BotEvents, "bot",
            options => options.RetryDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50)]);
        var failing = Guid.NewGuid();

        await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(failing, failing: true), messageId: failing.ToString());

        var deadLetter = Assert.Single(await DrainDeadLettersAsync(1));
        Assert.Equal(failing.ToString(), deadLetter.BasicProperties.MessageId);
        Assert.Equal(3, handled.AttemptsOf(failing));
        Assert.Equal(0, handled.TimesHandled(failing));
    }

    [Fact]
    public async Task A_handler_receives_only_the_event_types_it_is_subscribed_to()
    {
        var handled = await StartConsumerAsync(EventQueue.ApiInstanceEvents, "api",
            subscribe: consumer => consumer.AddSubscription<GameUpdated, RecordingHandler>());
        var memberRemoved = Guid.NewGuid();
        var marker = Guid.NewGuid();

        await PublishAsync(TestEvents.MemberRemovedRoutingKey,
            TestEvents.Body(memberRemoved, new GuildMemberRemoved(TestEvents.GuildId, "8")));
        await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(marker));
        await handled.WaitForAsync(marker, WaitTimeout);
        await Eventually.HoldsAsync(() => Log.Entries.Any(entry => entry.Message.StartsWith($"Skipping event {memberRemoved}")),
            WaitTimeout, "the member removal is skipped");

        Assert.Equal(0, handled.AttemptsOf(memberRemoved));
    }

    [Fact]
    public async Task An_event_type_without_a_subscription_is_acknowledged_and_skipped()
    {
        // One delivery at a time: the marker arrives only once the unsubscribed event was settled.
        var handled = await StartConsumerAsync(EventQueue.BotEvents, "bot", options => options.Prefetch = 1,
            consumer => consumer.AddSubscription<GameUpdated, RecordingHandler>());
        var created = Guid.NewGuid();
        var marker = Guid.NewGuid();

        await PublishAsync(EventRouting.RoutingKey(GameCreated.EventType, TestEvents.GuildId),
            TestEvents.Body(created, new GameCreated(Guid.NewGuid(), TestEvents.GuildId)), messageId: created.ToString());
        await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(marker));
        await handled.WaitForAsync(marker, WaitTimeout);

        Assert.Equal(0, handled.AttemptsOf(created));
        Assert.Empty(await ProcessedByAsync(created));
        Assert.Equal(0u, await MessagesInAsync(EventQueue.BotEvents.Name));
        Assert.Equal(0u, await MessagesInAsync(EventQueue.BotEvents.DeadLetterQueueName));
    }

    [Fact]
    public async Task Every_api_instance_receives_every_game_and_guild_event()
    {
        var first = await StartConsumerAsync(EventQueue.ApiInstanceEvents, "api-1");
        var second = await StartConsumerAsync(EventQueue.ApiInstanceEvents, "api-2");
        var gameEvents = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();
        var memberRemoved = Guid.NewGuid();

        foreach (var eventId in gameEvents) await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(eventId));
        await PublishAsync(TestEvents.MemberRemovedRoutingKey,
            TestEvents.Body(memberRemoved, new GuildMemberRemoved(TestEvents.GuildId, "8")));

        foreach (var instance in new[] { first, second })
        {
            await instance.WaitForAsync(memberRemoved, WaitTimeout);
            foreach (var eventId in gameEvents) await instance.WaitForAsync(eventId, WaitTimeout);
        }
    }

    [Fact]
    public async Task An_api_instance_handles_a_duplicate_once()
    {
        var handled = await StartConsumerAsync(EventQueue.ApiInstanceEvents, "api");
        var eventId = Guid.NewGuid();
        var marker = Guid.NewGuid();

        await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(eventId));
        await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(eventId));
        await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(marker));
        await handled.WaitForAsync(marker, WaitTimeout);

        Assert.Equal(1, handled.TimesHandled(eventId));
    }

    private async Task<List<BasicGetResult>> DrainDeadLettersAsync(int count)
    {
        await using var channel = await Connection.CreateChannelAsync(cancellationToken: Timeout);
        var deadLetters = new List<BasicGetResult>();
        await Eventually.HoldsAsync(async () =>
        {
            if (await channel.BasicGetAsync(EventQueue.BotEvents.DeadLetterQueueName, autoAck: true, Timeout) is { } message)
            {
                deadLetters.Add(message);
            }

            return deadLetters.Count >= count;
        }, WaitTimeout, $"{count} messages are dead-lettered");
        return deadLetters;
    }
}
