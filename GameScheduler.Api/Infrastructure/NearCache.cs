using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;

namespace GameScheduler.Api.Infrastructure;

/// <summary>
/// Each Api instance's short-lived copies of what every request reads from Valkey (the session, the caller's guilds),
/// so that a request does not wait on two round trips for them. Valkey stays the truth: a copy lives at most
/// <see cref="Lifetime"/>, and whoever changes or ends what it copies evicts it on every instance at once through
/// Valkey pub/sub (FusionCache's backplane, without its distributed level, since Valkey's keys are ours).
/// </summary>
public static class NearCache
{
    /// <summary>How long a copy may outlive a change whose eviction did not reach this instance (pub/sub is at most once).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddNearCache(this IServiceCollection services, string valkeyConnectionString)
    {
        // Its own connection, not the Api's shared one: the backplane disposes its connection when the cache stops.
        var backplaneConnection = ConfigurationOptions.Parse(valkeyConnectionString);
        backplaneConnection.AbortOnConnectFail = false;
        services.AddFusionCache()
            .WithOptions(options => options.BackplaneChannelPrefix = "gamescheduler-api")
            .WithDefaultEntryOptions(entry =>
            {
                entry.Duration = Lifetime;
                // Reading a copy in is no change to announce; only evictions are (see EvictEverywhereAsync).
                entry.SkipBackplaneNotifications = true;
            })
            .WithBackplane(provider => new RedisBackplane(
                new RedisBackplaneOptions { ConfigurationOptions = backplaneConnection },
                provider.GetService<ILogger<RedisBackplane>>()));
        return services;
    }

    /// <summary>Drops a copy here and on every other instance: call it after changing or deleting what it copies.</summary>
    public static ValueTask EvictEverywhereAsync(this IFusionCache cache, string key) =>
        cache.RemoveAsync(key, entry => entry.SetSkipBackplaneNotifications(false));
}
