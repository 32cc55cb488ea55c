using GameScheduler.Messaging;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Publishes the outbox to RabbitMQ. Needs the <c>IConnection</c> of <c>AddRabbitMQClient</c> and the
    /// <c>GameSchedulerDbContext</c> of <c>AddNpgsqlDbContext</c>.
    /// </summary>
    public static IServiceCollection AddOutboxRelay(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxRelayOptions>(configuration.GetSection(OutboxRelayOptions.SectionName));
        services.AddSingleton<EventPublisher>();
        services.AddSingleton<OutboxCommitSignal>();
        services.AddHostedService<OutboxCommitListener>();
        services.AddHostedService<OutboxRelay>();
        return services;
    }
}
