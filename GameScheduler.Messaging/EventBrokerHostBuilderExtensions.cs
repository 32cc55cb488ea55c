using RabbitMQ.Client;

namespace Microsoft.Extensions.Hosting;

/// <summary>The broker connection of every service that publishes or consumes events.</summary>
public static class EventBrokerHostBuilderExtensions
{
    /// <summary>
    /// How often a dropped connection tries to reconnect. The client's default of five seconds would hold events back
    /// for up to that long after the broker is back; a refused attempt every second while it is down costs nothing.
    /// </summary>
    public static readonly TimeSpan ReconnectInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Registers the <c>IConnection</c> to the AppHost's <c>messaging</c> resource, with automatic recovery every
    /// <see cref="ReconnectInterval"/>; <paramref name="configure"/> may tune the factory further.
    /// </summary>
    public static IHostApplicationBuilder AddEventBroker(this IHostApplicationBuilder builder, Action<ConnectionFactory>? configure = null)
    {
        builder.AddRabbitMQClient("messaging", configureConnectionFactory: factory =>
        {
            factory.NetworkRecoveryInterval = ReconnectInterval;
            configure?.Invoke(factory);
        });
        return builder;
    }
}
