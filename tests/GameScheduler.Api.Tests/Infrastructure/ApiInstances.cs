using GameScheduler.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Events;

namespace GameScheduler.Api.Tests.Infrastructure;

/// <summary>Api instances on one Valkey, each with its own near cache as the Api registers it.</summary>
internal sealed class ApiInstances : IAsyncDisposable
{
    private static readonly TimeSpan SubscribeTimeout = TimeSpan.FromSeconds(10);
    private readonly ServiceProvider[] _instances;

    private ApiInstances(ServiceProvider[] instances) => _instances = instances;

    public IServiceProvider this[int instance] => _instances[instance];

    /// <summary>Starts the instances, and returns once each hears the others' evictions.</summary>
    public static async Task<ApiInstances> StartAsync(IConnectionMultiplexer valkey, int count)
    {
        var instances = new ApiInstances([.. Enumerable.Range(0, count).Select(_ => new ServiceCollection()
            .AddLogging()
            .AddSingleton(valkey)
            .AddNearCache(valkey.Configuration)
            .BuildServiceProvider())]);
        foreach (var from in Enumerable.Range(0, count))
        {
            foreach (var to in Enumerable.Range(0, count).Where(to => to != from))
            {
                await HandshakeAsync(instances.NearCache(from), instances.NearCache(to));
            }
        }

        return instances;
    }

    public IFusionCache NearCache(int instance) => _instances[instance].GetRequiredService<IFusionCache>();

    // The backplane subscribes in the background; an eviction sent before that would be lost.
    private static async Task HandshakeAsync(IFusionCache from, IFusionCache to)
    {
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        EventHandler<FusionCacheBackplaneMessageEventArgs> onMessage = (_, _) => heard.TrySetResult();
        to.Events.Backplane.MessageReceived += onMessage;
        try
        {
            var deadline = DateTimeOffset.UtcNow + SubscribeTimeout;
            while (!heard.Task.IsCompleted)
            {
                if (DateTimeOffset.UtcNow > deadline)
                {
                    throw new TimeoutException($"A near cache did not hear another's eviction within {SubscribeTimeout}.");
                }

                await from.EvictEverywhereAsync("handshake");
                await Task.WhenAny(heard.Task, Task.Delay(50));
            }
        }
        finally
        {
            to.Events.Backplane.MessageReceived -= onMessage;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
    }
}
