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
    /// Consumes <paramref name="queue"/> with <typeparamref name="THandler"/> (scoped, one per delivery) for the life
    /// of the service. A <see cref="EventQueueKind.Shared"/> queue deduplicates through Core's processed-events log,
    /// which also needs <c>AddGameSchedulerCore</c> and the database; a per-instance queue deduplicates in memory.
    /// </summary>
    public static IServiceCollection AddEventConsumer<THandler>(this IServiceCollection services, EventQueue queue,
        Action<EventConsumerOptions>? configure = null)
        where THandler : class, IEventHandler
    {
        var options = new EventConsumerOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<THandler>();
        services.AddSingleton<IHostedService>(provider =>
        {
            var processor = ActivatorUtilities.CreateInstance<DeliveryProcessor<THandler>>(provider, queue, options, Deduplication(queue, options));
            return ActivatorUtilities.CreateInstance<EventConsumer<THandler>>(provider, queue, options, processor);
        });
        return services;
    }

    private static IEventDeduplication Deduplication(EventQueue queue, EventConsumerOptions options) => queue.Kind switch
    {
        EventQueueKind.Shared => new ProcessedEventLogDeduplication(queue.Name),
        _ => new RecentEventIds(options.RecentEventCapacity),
    };
}
