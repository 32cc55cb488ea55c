using GameScheduler.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The transport side of events. Every registration here needs the <c>IConnection</c> of
/// <c>builder.AddEventBroker()</c>.
/// </summary>
public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Publishes the outbox to RabbitMQ from this instance (any number of instances may run one), and purges sent
    /// events and handled-event records past their retention. Also needs the
    /// <c>GameSchedulerDbContext</c> of <c>AddNpgsqlDbContext</c> and <c>AddGameSchedulerCore</c>.
    /// </summary>
    public static IServiceCollection AddOutboxRelay(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxRelayOptions>(configuration.GetSection(OutboxRelayOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<EventPublisher>();
        services.AddSingleton<OutboxCommitSignal>();
        services.AddSingleton<BrokerRecoveries>();
        services.AddHostedService<OutboxCommitListener>();
        services.AddHostedService<OutboxRelay>();
        services.AddHostedService<EventHistoryPurge>();
        return services;
    }

    /// <summary>
    /// Consumes <paramref name="queue"/> for the life of the service, with the handlers the returned builder subscribes.
    /// A <see cref="EventQueueKind.Shared"/> queue deduplicates through Core's processed-events log, which also needs
    /// <c>AddGameSchedulerCore</c> and the database; a per-instance queue deduplicates in memory.
    /// </summary>
    public static EventConsumerBuilder AddEventConsumer(this IServiceCollection services, EventQueue queue,
        Action<EventConsumerOptions>? configure = null)
    {
        var options = new EventConsumerOptions();
        configure?.Invoke(options);
        var subscriptions = new EventSubscriptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IHostedService>(provider =>
        {
            var processor = ActivatorUtilities.CreateInstance<DeliveryProcessor>(provider, queue, options, subscriptions,
                Deduplication(queue, options));
            return ActivatorUtilities.CreateInstance<EventConsumer>(provider, queue, options, processor);
        });
        return new EventConsumerBuilder(services, queue, subscriptions);
    }

    private static IEventDeduplication Deduplication(EventQueue queue, EventConsumerOptions options) => queue.Kind switch
    {
        EventQueueKind.Shared => new ProcessedEventLogDeduplication(queue.Name),
        _ => new RecentEventIds(options.RecentEventCapacity),
    };
}
