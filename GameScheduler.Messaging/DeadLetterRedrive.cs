using RabbitMQ.Client;

namespace GameScheduler.Messaging;

/// <summary>
/// Moves the messages dead-lettered from a <see cref="EventQueueKind.Shared"/> queue back into that queue, for an
/// operator once the cause is fixed. Each message is acknowledged on the dead-letter queue only after the broker
/// confirmed it back in the queue, so an interruption leaves it in one of the two (possibly both, which the consumers'
/// deduplication absorbs); running it again moves whatever is left.
/// </summary>
public static class DeadLetterRedrive
{
    /// <returns>How many messages were moved.</returns>
    public static async Task<int> RedriveAsync(IConnection connection, EventQueue queue, CancellationToken ct)
    {
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        await MessagingTopology.DeclareQueueAsync(channel, queue, ct);
        // Only what is there now: a message that fails again and comes back is not cycled forever.
        var waiting = await channel.MessageCountAsync(queue.DeadLetterQueueName, ct);
        var moved = 0;
        while (moved < waiting && await channel.BasicGetAsync(queue.DeadLetterQueueName, autoAck: false, ct) is { } message)
        {
            var properties = new BasicProperties(message.BasicProperties);
            // Straight into the queue through the default exchange, so no other queue bound to the event gets it again.
            await channel.BasicPublishAsync("", queue.Name, mandatory: true, properties, message.Body, ct);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, ct);
            moved++;
        }

        return moved;
    }
}
