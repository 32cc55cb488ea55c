using GameScheduler.Messaging.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GameScheduler.Messaging.Tests;

public sealed class DeadLetterRedriveTests(RabbitMqFixture broker, PostgresFixture postgres, ITestOutputHelper output)
    : MessagingTest(broker, postgres, output)
{
    [Fact]
    public async Task Dead_lettered_bot_events_go_back_to_bot_events_once_and_are_handled_there()
    {
        var events = new[] { Guid.NewGuid(), Guid.NewGuid() };
        await DeadLetterAsync(events);

        var moved = await DeadLetterRedrive.RedriveAsync(Connection, EventQueue.BotEvents, Timeout);
        var movedAgain = await DeadLetterRedrive.RedriveAsync(Connection, EventQueue.BotEvents, Timeout);

        Assert.Equal((2, 0), (moved, movedAgain));
        Assert.Equal(0u, await MessagesInAsync(EventQueue.BotEvents.DeadLetterQueueName));
        Assert.Equal(2u, await MessagesInAsync(EventQueue.BotEvents.Name));
        var bot = await StartConsumerAsync(EventQueue.BotEvents, "bot");
        foreach (var eventId in events) await bot.WaitForAsync(eventId, WaitTimeout);
    }

    /// <summary>Puts the events in bot_events and rejects them there, as a consumer does with what it cannot handle.</summary>
    private async Task DeadLetterAsync(IEnumerable<Guid> eventIds)
    {
        await using var channel = await Connection.CreateChannelAsync(cancellationToken: Timeout);
        await MessagingTopology.DeclareQueueAsync(channel, EventQueue.BotEvents, Timeout);
        foreach (var eventId in eventIds)
        {
            await PublishAsync(TestEvents.GameRoutingKey, TestEvents.Body(eventId), messageId: eventId.ToString());
            var delivery = await channel.BasicGetAsync(EventQueue.BotEvents.Name, autoAck: false, Timeout);
            await channel.BasicRejectAsync(delivery!.DeliveryTag, requeue: false, Timeout);
        }

        await Eventually.HoldsAsync(async () => await MessagesInAsync(EventQueue.BotEvents.DeadLetterQueueName) == 2,
            WaitTimeout, "both events are dead-lettered");
    }
}
