using System.Text;
using GameScheduler.Core.Calendar;
using GameScheduler.Core.Data;
using GameScheduler.Core.Events;
using GameScheduler.Core.Games;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Members;
using GameScheduler.Core.Outbox;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Permissions = GameScheduler.Discord.Models.Permissions;

namespace GameScheduler.Core.Tests.Database;

/// <summary>
/// A test against its own fresh database, with the Core services wired as Api and Bot wire them (one DbContext per
/// scope) and a clock the test moves. Every call is bounded by <see cref="Timeout"/>.
/// </summary>
[Collection(PostgresCollection.Name)]
public abstract class DatabaseTest(PostgresFixture postgres) : IAsyncLifetime
{
    protected const string GuildId = "100000000000000001";
    protected const string OtherGuildId = "100000000000000002";
    protected const string ChannelId = "200000000000000001";
    protected const string PlayerRoleId = "300000000000000001";
    protected const string HostId = "400000000000000001";

    /// <summary>What @everyone may do in the guild unless a channel says otherwise.</summary>
    protected const long ViewAndSend = (long)(Permissions.ViewChannel | Permissions.SendMessages);

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(90));
    private readonly List<AsyncServiceScope> scopes = [];
    private ServiceProvider? services;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));

    protected CancellationToken Timeout => timeout.Token;

    /// <summary>The guild's members as the Api would find them in the bot's projection; tests add whom they need.</summary>
    protected FakeGuildMemberDirectory Members { get; } = new();

    protected string ConnectionString { get; private set; } = "";

    protected static GuildSnapshot Guild { get; } = new(
        GuildId, "Board Gamers", null, OwnerId: "400000000000000099",
        [new ChannelSnapshot(ChannelId, "games"), new ChannelSnapshot("200000000000000002", "general")],
        [new RoleSnapshot(GuildId, "@everyone", ViewAndSend), new RoleSnapshot(PlayerRoleId, "Players", 0)]);

    public async Task InitializeAsync()
    {
        ConnectionString = await postgres.CreateDatabaseAsync(Timeout);
        services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddDbContext<GameSchedulerDbContext>(options => options
                .UseNpgsql(ConnectionString, npgsql => npgsql.EnableRetryOnFailure())
                .UseGameSchedulerConventions())
            .AddGameSchedulerCore()
            .AddSingleton<IGuildMemberDirectory>(Members)
            .AddScoped<RosterManagementService>()
            .AddScoped<CalendarFeeds>()
            .BuildServiceProvider();
        await Service<GuildSyncService>().SyncAsync(Guild, Timeout);
    }

    public async Task DisposeAsync()
    {
        foreach (var scope in scopes) await scope.DisposeAsync();
        if (services is not null) await services.DisposeAsync();
        if (ConnectionString.Length > 0) await postgres.DropDatabaseAsync(ConnectionString, CancellationToken.None);
        timeout.Dispose();
    }

    /// <summary>A service in a scope of its own, as one request or one interaction would get it.</summary>
    protected T Service<T>() where T : notnull
    {
        var scope = services!.CreateAsyncScope();
        lock (scopes) scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    protected GameSchedulerDbContext Db() => Service<GameSchedulerDbContext>();

    protected static Caller Member(string userId, params string[] roleIds) =>
        Caller.InGuild(new UserProfile(userId, $"user{userId}", $"User {userId}"), new Membership(userId, GuildId, roleIds.ToHashSet(), false));

    protected static Caller Host => Member(HostId);

    protected async Task<GameView> CreateGameAsync(int maxPlayers = 10, SignupMethod signupMethod = SignupMethod.SelfSignup)
    {
        var request = new NewGame(GuildId)
        {
            Title = "Board games night",
            ChannelId = ChannelId,
            ScheduledAt = Time.GetUtcNow().AddDays(1),
            MaxPlayers = maxPlayers,
            SignupMethod = signupMethod,
        };
        var result = await Service<GameService>().CreateAsync(Host, request, Timeout);
        return Assert.IsType<GameSaved>(result).Game;
    }

    protected async Task<List<OutboxMessage>> EventsOfGameAsync(Guid gameId) =>
        await Db().OutboxMessages
            .Where(message => message.Payload.Contains(gameId.ToString()))
            .OrderBy(message => message.Sequence)
            .ToListAsync(Timeout);

    protected async Task<EventEnvelope<GameUpdated>> LastEventAsync(Guid gameId) =>
        EventJson.Deserialize<GameUpdated>(Encoding.UTF8.GetBytes((await EventsOfGameAsync(gameId))[^1].Payload));
}
