using System.Text;
using GameScheduler.EndToEnd.Tests.Infrastructure;
using RabbitMQ.Client;

namespace GameScheduler.EndToEnd.Tests.Bot;

/// <summary>The dashboard command on the bot that moves dead-lettered bot events back to their queue.</summary>
[Collection(GraphCollection.Name)]
public sealed class DeadLetterRedriveCommandTests(GraphFixture graph)
{
    private const string DeadLetterQueue = "bot_events.dead_letter";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Redrive_dead_letters_empties_the_dead_letter_queue_into_bot_events()
    {
        using var timeout = new CancellationTokenSource(CommandTimeout);
        var connectionString = await graph.App.GetConnectionStringAsync("messaging", timeout.Token)
            ?? throw new InvalidOperationException("No connection string for messaging.");
        await using var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync(timeout.Token);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), timeout.Token);
        // An event type the bot does not subscribe to: once back in bot_events it is acknowledged and skipped.
        var envelope = $$"""{"id":"{{Guid.NewGuid()}}","type":"test.redriven","occurred_at":"{{DateTimeOffset.UtcNow:O}}","data":{ } }""";
        await channel.BasicPublishAsync("", DeadLetterQueue, mandatory: true, new BasicProperties { Persistent = true },
            Encoding.UTF8.GetBytes(envelope), timeout.Token);

        var result = await graph.App.ResourceCommands.ExecuteCommandAsync("bot", "redrive-dead-letters", timeout.Token)
            .WaitAsync(timeout.Token);

        Assert.True(result.Success, result.Message);
        Assert.Equal(0u, await channel.MessageCountAsync(DeadLetterQueue, timeout.Token));
    }
}
