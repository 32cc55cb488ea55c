using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GameScheduler.Api.Realtime;

public static class RealtimeRegistration
{
    /// <summary>
    /// The game-update streams fed from RabbitMQ and authorized by the Api's sessions and guild membership. Needs the
    /// Api's Valkey and RabbitMQ clients.
    /// </summary>
    public static IHostApplicationBuilder AddRealtime(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGameUpdateStreams(builder.Configuration);
        builder.Services.AddScoped<IStreamAccess, SessionStreamAccess>();
        builder.Services.AddHostedService<GameEventsBridge>();
        return builder;
    }

    /// <summary>
    /// The streams themselves (registry, fan-out, membership checks, replay buffer, event handling) without their
    /// inputs: who may open one (<see cref="IStreamAccess"/>) and what feeds <see cref="RealtimeEventHandler"/>.
    /// Needs an <c>IConnectionMultiplexer</c> for Valkey.
    /// </summary>
    public static IServiceCollection AddGameUpdateStreams(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RealtimeOptions.SectionName);
        services.Configure<RealtimeOptions>(section);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<RealtimeTelemetry>();
        services.AddSingleton<IGuildListCache, ValkeyGuildListCache>();
        services.AddSingleton<MembershipMemo>();
        if (section.GetValue<FanOutStrategy>(nameof(RealtimeOptions.Strategy)) == FanOutStrategy.Naive)
        {
            services.AddSingleton<IGameUpdateFanOut, NaiveFanOut>();
        }
        else
        {
            services.AddSingleton<IGameUpdateFanOut, IndexedFanOut>();
        }

        services.AddSingleton<ReplayBuffer>();
        services.AddSingleton<RealtimeEventHandler>();
        services.AddSingleton<GameUpdatesPump>();
        return services;
    }
}
