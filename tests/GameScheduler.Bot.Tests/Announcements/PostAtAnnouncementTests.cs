using System.Text;
using GameScheduler.Bot.Announcements;
using GameScheduler.Bot.DirectMessages;
using GameScheduler.Bot.Gateway;
using GameScheduler.Bot.Schedules;
using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Core.Data;
using GameScheduler.Core.Events;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using GameScheduler.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Bot.Tests.Announcements;

/// <summary>A game with a post time ahead: the announcement handler posts nothing until the due announce timer's event.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostAtAnnouncementTests(PostgresFixture postgres, ValkeyFixture valkey) : IClassFixture<ValkeyFixture>, IAsyncLifetime
{
    private const string Player = "1300000000000000003";
    private static readonly string AnnouncementPath = $"/channels/{DatabaseHarness.ChannelId}/messages";

    private DatabaseHarness _bot = null!;

    private CancellationToken Timeout => _bot.Timeout;

    public async Task InitializeAsync() =>
        _bot = await DatabaseHarness.StartAsync(postgres, services => services
            .AddSingleton(valkey.Connection)
            .AddSingleton<MemberProjection>()
            .AddSingleton<AnnouncementRenderer>()
            .AddSingleton<ChannelPacer>()
            .AddSingleton<ShownAnnouncements>()
            .AddSingleton<AnnouncementRefresher>()
            .AddScoped<IAnnouncementWriter, AnnouncementWriter>()
            .AddTransient<ParticipantNotifier>()
            .AddTransient<AnnouncementHandler>()
            .AddScoped<AnnouncementTidier>()
            .AddTransient<ScheduleDrain>());

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Nothing_is_posted_before_the_post_time_and_the_due_entrys_event_posts_the_announcement_once()
    {
        var postAt = _bot.Time.GetUtcNow().AddHours(2);
        var game = await CreateGameAsync(postAt);
        await HandleLatestEventAsync<GameCreated>(game.Id);
        await _bot.RunAsync<ParticipationService, IJoinResult>(participation => participation.JoinAsync(DatabaseHarness.Member(Player), game.Id, Timeout));
        await HandleLatestEventAsync<GameUpdated>(game.Id);

        _bot.Time.SetUtcNow(postAt.AddSeconds(-1));
        Assert.Equal(0, (await _bot.Service<ScheduleDrain>().DrainDueAsync(Timeout)).Entries);
        Assert.Empty(AnnouncementPosts());
        Assert.Null((await _bot.FindAsync(game.Id)).DiscordMessageId);

        _bot.Time.SetUtcNow(postAt);
        Assert.Equal(1, (await _bot.Service<ScheduleDrain>().DrainDueAsync(Timeout)).Entries);
        await HandleLatestEventAsync<GameUpdated>(game.Id);

        Assert.Single(AnnouncementPosts());
        Assert.NotNull((await _bot.FindAsync(game.Id)).DiscordMessageId);
    }

    [Fact]
    public async Task A_game_whose_post_time_has_passed_is_posted_on_creation()
    {
        var game = await CreateGameAsync(_bot.Time.GetUtcNow().AddMinutes(-1));

        await HandleLatestEventAsync<GameCreated>(game.Id);

        Assert.Single(AnnouncementPosts());
    }

    private async Task<GameView> CreateGameAsync(DateTimeOffset postAt)
    {
        var created = await _bot.RunAsync<GameService, IGameChangeResult>(games => games.CreateAsync(DatabaseHarness.Member(DatabaseHarness.HostId), new NewGame(DatabaseHarness.GuildId)
        {
            Title = "Board games night",
            ChannelId = DatabaseHarness.ChannelId,
            ScheduledAt = _bot.Time.GetUtcNow().AddDays(1),
            PostAt = postAt,
        }, Timeout));
        return Assert.IsType<GameSaved>(created).Game;
    }

    /// <summary>Hands the game's newest outbox event to the handler, as the broker delivers it.</summary>
    private async Task HandleLatestEventAsync<TEvent>(Guid gameId) where TEvent : GameEvent, IIntegrationEvent
    {
        var payload = await _bot.RunAsync<GameSchedulerDbContext, string>(db => db.OutboxMessages
            .Where(message => message.Payload.Contains(gameId.ToString()))
            .OrderByDescending(message => message.Sequence)
            .Select(message => message.Payload)
            .FirstAsync(Timeout));
        var envelope = EventJson.Deserialize<TEvent>(Encoding.UTF8.GetBytes(payload));
        object handler = _bot.Service<AnnouncementHandler>();
        await ((IIntegrationEventHandler<TEvent>)handler).HandleAsync(envelope, Timeout).WaitAsync(Timeout);
    }

    private List<string> AnnouncementPosts() =>
        [.. _bot.Discord.Requests.Where(request => request.Method == "POST" && request.Path == AnnouncementPath).Select(request => request.Path)];
}
