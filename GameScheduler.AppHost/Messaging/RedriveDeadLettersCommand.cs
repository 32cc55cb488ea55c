using GameScheduler.Messaging;
using RabbitMQ.Client;

namespace GameScheduler.AppHost.Messaging;

/// <summary>
/// The dashboard's "Redrive dead letters" on the bot: moves every dead-lettered bot event back into
/// <c>bot_events</c>. The AppHost reaches RabbitMQ itself with the messaging resource's connection string, so no service
/// has to expose an endpoint for it.
/// </summary>
internal static class RedriveDeadLettersCommand
{
    public const string Name = "redrive-dead-letters";

    public static IResourceBuilder<ProjectResource> WithRedriveDeadLettersCommand(
        this IResourceBuilder<ProjectResource> bot, IResourceBuilder<IResourceWithConnectionString> messaging) =>
        bot.WithCommand(Name, "Redrive dead letters", async context =>
        {
            var connectionString = await messaging.Resource.GetConnectionStringAsync(context.CancellationToken)
                ?? throw new InvalidOperationException("The messaging resource has no connection string yet.");
            await using var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }
                .CreateConnectionAsync(context.CancellationToken);
            var moved = await DeadLetterRedrive.RedriveAsync(connection, EventQueue.BotEvents, context.CancellationToken);
            return CommandResults.Success($"Moved {moved} dead-lettered events back to {EventQueue.BotEvents.Name}.");
        }, new CommandOptions
        {
            Description = $"Moves every message of {EventQueue.BotEvents.DeadLetterQueueName} back to {EventQueue.BotEvents.Name}.",
            IconName = "ArrowRedo",
        });
}
