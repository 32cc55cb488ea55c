using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GameScheduler.Api.Realtime;

public static class RealtimeRegistration
{
    /// <summary>
    /// The game-update streams: their registry, the RabbitMQ bridge that feeds them, membership checks against the
    /// cached guild lists, and the Valkey replay buffer. Needs the Api's Valkey and RabbitMQ clients, sessions and
    /// guild membership.
    /// </summary>
    public static IHostApplicationBuilder AddRealtime(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(RealtimeOptions.SectionName);
        var services = builder.Services;
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
        services.AddScoped<IStreamAccess, SessionStreamAccess>();
        services.AddHostedService<GameEventsBridge>();
        return builder;
    }
}
