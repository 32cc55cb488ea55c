using GameScheduler.Core;
using GameScheduler.Core.Data;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Members;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Writes through Core's services straight into the graph's database, as the Api and the Bot do, so the outbox and
/// the relay can be tested without either front door. Each writer works in a guild of its own.
/// </summary>
public sealed class DomainWriter : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DomainWriter(ServiceProvider services, GuildSnapshot guild)
    {
        _services = services;
        Guild = guild;
        Owner = new UserProfile(guild.OwnerId, "owner", "Owner");
    }

    public GuildSnapshot Guild { get; }

    public UserProfile Owner { get; }

    public static async Task<DomainWriter> InNewGuildAsync(GraphFixture graph)
    {
        var guildId = NewSnowflake();
        var guild = new GuildSnapshot(guildId, $"Test guild {guildId}", null, NewSnowflake(),
            [new ChannelSnapshot(NewSnowflake(), "games")], [new RoleSnapshot(guildId, "@everyone", Seed.EveryonePermissions)]);
        var writer = new DomainWriter(await ServicesAsync(graph), guild);
        await writer.RunAsync<GuildSyncService>(sync => sync.SyncAsync(guild, CancellationToken.None));
        return writer;
    }

    /// <summary>A writer with no guild of its own, for work on existing data.</summary>
    public static async Task<DomainWriter> ForGraphAsync(GraphFixture graph) =>
        new(await ServicesAsync(graph), new GuildSnapshot("0", "none", null, "0", [], []));

    private static async Task<ServiceProvider> ServicesAsync(GraphFixture graph)
    {
        var connectionString = await graph.App.GetConnectionStringAsync("gamescheduler")
            ?? throw new InvalidOperationException("No connection string for gamescheduler.");
        return new ServiceCollection()
            .AddDbContext<GameSchedulerDbContext>(options => options
                .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())
                .UseGameSchedulerConventions())
            .AddGameSchedulerCore()
            .BuildServiceProvider();
    }

    public static string NewSnowflake() => Random.Shared.NextInt64(1_000_000_000_000_000_00, 9_000_000_000_000_000_000).ToString();

    public Caller CallerFor(UserProfile user, bool manager = false) =>
        Caller.InGuild(user, new Membership(user.Id, Guild.Id, new HashSet<string>(), manager));

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>()).WaitAsync(ApiSession.RequestTimeout);
    }

    public async Task RunAsync<TService>(Func<TService, Task> work) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TService>()).WaitAsync(ApiSession.RequestTimeout);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
