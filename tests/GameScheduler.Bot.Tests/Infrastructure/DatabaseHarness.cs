using GameScheduler.Bot.DirectMessages;
using GameScheduler.Core;
using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Members;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Permissions = GameScheduler.Discord.Models.Permissions;

namespace GameScheduler.Bot.Tests.Infrastructure;

/// <summary>
/// The bot's services over a fresh database of its own, a <see cref="FakeDiscord"/> and a clock the test moves, with
/// guild A of the emulator's seed synced. Every call is bounded by <see cref="Timeout"/>.
/// </summary>
internal sealed class DatabaseHarness : IAsyncDisposable
{
    public const string GuildId = "1200000000000000001";
    public const string ChannelId = "1210000000000000002";
    public const string ArchiveChannelId = "1210000000000000003";
    public const string HostId = "1300000000000000001";

    /// <summary>What @everyone may do in the guild: enough for the bot to post in every channel.</summary>
    private const long ViewAndSend = (long)(Permissions.ViewChannel | Permissions.SendMessages);

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));
    private ServiceProvider _services = null!;
    private PostgresFixture _postgres = null!;
    private string _connectionString = "";

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2031, 1, 3, 12, 0, 0, TimeSpan.Zero));

    public FakeDiscord Discord { get; } = new();

    public CancellationToken Timeout => _timeout.Token;

    public static async Task<DatabaseHarness> StartAsync(PostgresFixture postgres, Action<IServiceCollection> addServices)
    {
        var harness = new DatabaseHarness { _postgres = postgres };
        var connectionString = harness._connectionString = await postgres.CreateDatabaseAsync(harness.Timeout);
        var services = harness.Discord.AddTo(new ServiceCollection())
            .AddLogging()
            .AddSingleton<TimeProvider>(harness.Time)
            .AddDbContext<GameSchedulerDbContext>(options => options
                .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())
                .UseGameSchedulerConventions())
            .AddGameSchedulerCore()
            .AddSingleton(Links.Web)
            .AddSingleton<PlayerNotices>()
            .AddSingleton<DirectMessenger>();
        addServices(services);
        harness._services = services.BuildServiceProvider();
        await harness.RunAsync<GuildSyncService>(sync => sync.SyncAsync(
            new GuildSnapshot(GuildId, "Guild A", null, HostId, [new ChannelSnapshot(ChannelId, "game-night"), new ChannelSnapshot(ArchiveChannelId, "archive")],
                [new RoleSnapshot(GuildId, "@everyone", ViewAndSend)]), harness.Timeout));
        return harness;
    }

    public T Service<T>() where T : notnull => _services.GetRequiredService<T>();

    public static Caller Member(string userId) =>
        Caller.InGuild(new UserProfile(userId, $"user{userId}", $"user{userId}"), Membership.WithoutRoles(userId, GuildId));

    /// <summary>A game of the host's a day ahead with a 60-minute reminder, joined by <paramref name="players"/> in order.</summary>
    public Task<GameView> CreateGameAsync(int maxPlayers, params string[] players) => CreateGameAsync(maxPlayers, recurrence: null, players);

    /// <summary>
    /// The second game of a weekly series whose first game, joined by <paramref name="players"/>, was cancelled: the
    /// first game's confirmed players have carried-over seats on it, awaiting confirmation.
    /// </summary>
    public async Task<GameView> CreateCarriedOverGameAsync(int maxPlayers, params string[] players)
    {
        var first = await CreateGameAsync(maxPlayers, new Recurrence(RecurrenceFrequency.Weekly), players);
        Assert.IsType<GameSaved>(await RunAsync<GameService, IGameChangeResult>(games => games.CancelAsync(Member(HostId), first.Id, Timeout)));
        var nextId = await RunAsync<GameSchedulerDbContext, Guid>(db => db.Games
            .Where(game => game.SeriesId == first.SeriesId && game.Id != first.Id)
            .Select(game => game.Id)
            .SingleAsync(Timeout));
        return await FindAsync(nextId);
    }

    private async Task<GameView> CreateGameAsync(int maxPlayers, Recurrence? recurrence, string[] players)
    {
        var created = await RunAsync<GameService, IGameChangeResult>(games => games.CreateAsync(Member(HostId), new NewGame(GuildId)
        {
            Title = "Board games night",
            ChannelId = ChannelId,
            ScheduledAt = Time.GetUtcNow().AddDays(1),
            MaxPlayers = maxPlayers,
            ReminderMinutes = [60],
            Recurrence = recurrence,
        }, Timeout));
        var game = Assert.IsType<GameSaved>(created).Game;
        foreach (var player in players)
        {
            await RunAsync<ParticipationService, IJoinResult>(participation => participation.JoinAsync(Member(player), game.Id, Timeout));
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        return game;
    }

    public Task<GameView> FindAsync(Guid gameId) =>
        RunAsync<GameQueries, GameView>(async games => (await games.FindForEveryoneAsync(gameId, Timeout))!);

    /// <summary>Runs work with a service of a scope of its own, as one delivery or interaction gets it.</summary>
    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>()).WaitAsync(Timeout);
    }

    public Task RunAsync<TService>(Func<TService, Task> work) where TService : notnull =>
        RunAsync<TService, bool>(async service =>
        {
            await work(service);
            return true;
        });

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _postgres.DropDatabaseAsync(_connectionString, CancellationToken.None);
        _timeout.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
