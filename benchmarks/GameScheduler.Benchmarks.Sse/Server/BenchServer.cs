using System.Net;
using GameScheduler.Api.Guilds;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Api.Realtime;
using GameScheduler.Discord.OAuth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace GameScheduler.Benchmarks.Sse.Server;

/// <summary>
/// The server process: the Api's real stream endpoint, registry, fan-out, guild membership and replay buffer (on a real
/// Valkey), with a header instead of sessions and a synthetic guild per user instead of Discord; plus a small control
/// API the load generator drives.
/// </summary>
internal static class BenchServer
{
    public static async Task RunAsync(ServerSettings settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.Http2.MaxStreamsPerConnection = 1000;
            kestrel.Listen(IPAddress.Loopback, settings.Port,
                listen => listen.Protocols = settings.Http2 ? HttpProtocols.Http2 : HttpProtocols.Http1);
        });

        var services = builder.Services;
        services.AddSingleton<IConnectionMultiplexer>(await ConnectionMultiplexer.ConnectAsync(settings.Valkey));
        services.AddNearCache(settings.Valkey);
        services.AddSingleton<GuildMembership>();
        services.AddGameUpdateStreams(builder.Configuration);
        services.AddSingleton<ILiveGameStates, NoGameStates>();
        if (settings.Strategy == FanOutStrategy.Naive)
        {
            services.Replace(ServiceDescriptor.Singleton<IGameUpdateFanOut, NaiveFanOut>());
        }

        services.AddSingleton<IStreamAccess>(new BenchStreamAccess(settings.Guilds));
        services.AddSingleton<BenchPublisher>();
        services.AddAuthentication(BenchAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BenchAuthenticationHandler>(BenchAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRealtimeApi();

        var control = app.MapGroup("/bench");
        control.MapGet("/ready", () => TypedResults.Ok());
        control.MapGet("/usage", (bool collect, ConnectionRegistry connections) =>
            TypedResults.Ok(ServerUsage.Now(connections.Count, collect)));
        control.MapPost("/seed", (int users, GuildMembership membership) => SeedGuildListsAsync(membership, users, settings.Guilds));
        control.MapPost("/publish", async (int events, double rate, BenchPublisher publisher, CancellationToken ct) =>
            TypedResults.Ok(await publisher.PublishAsync(events, rate, settings.Guilds, ct)));

        await app.RunAsync();
    }

    /// <summary>Stores each user's guild list as the Api's login does, so delivery-time membership checks find it.</summary>
    private static Task SeedGuildListsAsync(GuildMembership membership, int users, int guilds) =>
        Task.WhenAll(Enumerable.Range(0, users).Select(user => membership.StoreAsync(
            BenchUsers.User(user), [new OAuthGuild(BenchUsers.GuildOf(user, guilds), "Bench guild", null, false, "0")])));
}
