using GameScheduler.Bot.Announcements;
using GameScheduler.Bot.Schedules;
using GameScheduler.Bot.Tests.Infrastructure;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using GameScheduler.Core.Templates;
using GameScheduler.Discord.Models;
using GameScheduler.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Bot.Tests.Announcements;

/// <summary>The bot's drain deleting or archiving announcements after the game, against a real database and a fake Discord.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AnnouncementTidierTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Player = "1300000000000000003";

    private DatabaseHarness _bot = null!;

    private CancellationToken Timeout => _bot.Timeout;

    public async Task InitializeAsync() => _bot = await DatabaseHarness.StartAsync(postgres, services => services
        .AddTransient<ScheduleDrain>()
        .AddSingleton<ChannelPacer>()
        .AddScoped<AnnouncementTidier>());

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Delete_removes_the_announcement_its_delay_after_the_game_completed_and_only_then()
    {
        var game = await AnnouncedGameAsync(AfterGame.Delete, delayMinutes: 60);

        _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(game.DurationMinutes));
        await DrainAsync();
        var beforeTheDelay = _bot.Discord.ChannelMessages.ContainsKey(game.DiscordMessageId!);
        _bot.Time.Advance(TimeSpan.FromMinutes(60));
        var drained = await DrainAsync();

        Assert.True(beforeTheDelay);
        Assert.Equal(1, drained.AnnouncementsTidied);
        Assert.Empty(_bot.Discord.ChannelMessages);
        var stored = await _bot.FindAsync(game.Id);
        Assert.Equal((GameStatus.Completed, null), (stored.Status, stored.DiscordMessageId));
        Assert.Equal(0, (await DrainAsync()).AnnouncementsTidied);
    }

    [Fact]
    public async Task Archive_posts_who_played_in_the_archive_channel_and_removes_the_announcement()
    {
        var game = await AnnouncedGameAsync(AfterGame.Archive, delayMinutes: 0);

        _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(game.DurationMinutes));
        var drained = await DrainAsync();

        Assert.Equal(1, drained.AnnouncementsTidied);
        var (channelId, content) = Assert.Single(_bot.Discord.ChannelMessages.Values);
        Assert.Equal(DatabaseHarness.ArchiveChannelId, channelId);
        Assert.StartsWith("**Board games night** · <t:", content, StringComparison.Ordinal);
        Assert.EndsWith($"Played: user{Player}", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_drains_at_once_archive_a_cancelled_game_once()
    {
        var game = await AnnouncedGameAsync(AfterGame.Archive, delayMinutes: 0);
        await _bot.RunAsync<GameService>(games => games.CancelAsync(DatabaseHarness.Member(DatabaseHarness.HostId), game.Id, Timeout));

        var drained = await Task.WhenAll(DrainAsync(), DrainAsync());

        Assert.Equal(1, drained.Sum(result => result.AnnouncementsTidied));
        var (channelId, content) = Assert.Single(_bot.Discord.ChannelMessages.Values);
        Assert.Equal(DatabaseHarness.ArchiveChannelId, channelId);
        Assert.EndsWith($"Cancelled. Signed up: user{Player}", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_announcement_already_deleted_on_discord_counts_as_done()
    {
        var game = await AnnouncedGameAsync(AfterGame.Delete, delayMinutes: 0);
        await _bot.Service<DiscordRestClient>().DeleteMessageAsync(DatabaseHarness.ChannelId, game.DiscordMessageId!, Timeout);

        _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(game.DurationMinutes));
        var drained = await DrainAsync();
        _bot.Time.Advance(Core.Schedules.AnnouncementTidying.RetryDelay);

        Assert.Equal(1, drained.AnnouncementsTidied);
        Assert.Equal(DrainResult.None, await DrainAsync());
        Assert.Null((await _bot.FindAsync(game.Id)).DiscordMessageId);
    }

    [Fact]
    public async Task Keep_leaves_the_announcement_where_it_is()
    {
        var game = await AnnouncedGameAsync(AfterGame.Keep, delayMinutes: 0);

        _bot.Time.SetUtcNow(game.ScheduledAt.AddMinutes(game.DurationMinutes));
        var drained = await DrainAsync();

        Assert.Equal(0, drained.AnnouncementsTidied);
        Assert.Equal(DatabaseHarness.ChannelId, Assert.Single(_bot.Discord.ChannelMessages.Values).ChannelId);
        Assert.Equal(game.DiscordMessageId, (await _bot.FindAsync(game.Id)).DiscordMessageId);
    }

    /// <summary>A game of a template with this choice, joined by <see cref="Player"/>, with its announcement posted.</summary>
    private async Task<GameView> AnnouncedGameAsync(AfterGame afterGame, int delayMinutes)
    {
        var host = DatabaseHarness.Member(DatabaseHarness.HostId);
        var template = Assert.IsType<TemplateSaved>(await _bot.RunAsync<TemplateService, ITemplateChangeResult>(templates => templates.CreateAsync(
            host, DatabaseHarness.GuildId, new TemplateDraft
            {
                Name = "Tidy",
                ChannelId = DatabaseHarness.ChannelId,
                AfterGame = afterGame,
                AfterGameDelayMinutes = delayMinutes,
                ArchiveChannelId = DatabaseHarness.ArchiveChannelId,
            }, Timeout))).Template;
        var created = await _bot.RunAsync<GameService, IGameChangeResult>(games => games.CreateAsync(host, new NewGame(DatabaseHarness.GuildId)
        {
            Title = "Board games night",
            TemplateId = template.Id,
            ScheduledAt = _bot.Time.GetUtcNow().AddDays(1),
        }, Timeout));
        var game = Assert.IsType<GameSaved>(created).Game;
        await _bot.RunAsync<ParticipationService, IJoinResult>(participation => participation.JoinAsync(DatabaseHarness.Member(Player), game.Id, Timeout));

        var announcement = await _bot.Service<DiscordRestClient>().CreateMessageAsync(DatabaseHarness.ChannelId, new OutgoingMessage("Board games night"), Timeout);
        await _bot.RunAsync<GameService, bool>(games => games.RecordAnnouncementAsync(game.Id, announcement.Id, Timeout));
        return await _bot.FindAsync(game.Id);
    }

    private Task<DrainResult> DrainAsync() => _bot.Service<ScheduleDrain>().DrainDueAsync(Timeout);
}
