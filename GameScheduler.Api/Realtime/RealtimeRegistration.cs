using GameScheduler.Api.Guilds;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Core.Events;
using GameScheduler.Messaging;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GameScheduler.Api.Realtime;

public static class RealtimeRegistration
{
    /// <summary>
    /// The game-update streams, authorized by the Api's sessions and guild membership and fed from this instance's own
    /// queue (exclusive, bound to every game and guild event). Needs the Api's Valkey and RabbitMQ clients.
    /// </summary>
    public static IHostApplicationBuilder AddRealtime(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddGameUpdateStreams(builder.Configuration);
        services.AddScoped<IStreamAccess, SessionStreamAccess>();
        services.AddSingleton<ILiveGameStates, StoredGameStates>();
        // Nothing to retry: an event that fails now would only arrive late, holding up every event behind it.
        services.AddEventConsumer(EventQueue.ApiInstanceEvents, consumer =>
            {
                consumer.Prefetch = 256;
                consumer.RetryDelays = [];
            })
            .AddSubscription<GameCreated, GameEventStreamHandler>()
            .AddSubscription<GameUpdated, GameEventStreamHandler>()
            .AddSubscription<GameCancelled, GameEventStreamHandler>()
            .AddSubscription<GuildMemberRemoved, MemberRemovedStreamHandler>()
            .AddMissedEventsHandler<StreamResyncHandler>();
        return builder;
    }

    /// <summary>
    /// The streams themselves (registry, fan-out, membership checks, replay buffer, event handling) without their
    /// inputs: who may open one (<see cref="IStreamAccess"/>), where the games' states come from
    /// (<see cref="ILiveGameStates"/>) and what delivers the events to the handlers.
    /// Needs an <c>IConnectionMultiplexer</c> for Valkey, the Api's near cache (<see cref="NearCache.AddNearCache"/>) and
    /// <see cref="GuildMembership"/>, which decides at delivery who is still a member.
    /// </summary>
    internal static IServiceCollection AddGameUpdateStreams(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RealtimeOptions>(configuration.GetSection(RealtimeOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<RealtimeTelemetry>();
        services.AddSingleton<IGameUpdateFanOut, IndexedFanOut>();
        services.AddSingleton<ReplayBuffer>();
        services.AddSingleton<GameEventStreamHandler>();
        services.AddSingleton<MemberRemovedStreamHandler>();
        services.AddSingleton<StreamResyncHandler>();
        services.AddSingleton<GameUpdatesPump>();
        return services;
    }
}
