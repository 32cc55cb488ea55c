using StackExchange.Redis;

namespace Microsoft.Extensions.Hosting;

/// <summary>The Valkey connection of every service that reads or writes the shared cache.</summary>
public static class CacheHostBuilderExtensions
{
    /// <summary>
    /// Registers the <c>IConnectionMultiplexer</c> to the AppHost's <c>cache</c> resource, completing its I/O on the .NET
    /// thread pool. StackExchange.Redis's own dedicated threads, the default, contended for their scheduler's lock
    /// hundreds of times a second on two cores under load, and cost the Api about a quarter more time in the kernel.
    /// </summary>
    public static IHostApplicationBuilder AddCache(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient("cache", configureOptions: options => options.SocketManager = SocketManager.ThreadPool);
        return builder;
    }
}
