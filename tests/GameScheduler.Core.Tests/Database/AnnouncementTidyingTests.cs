using GameScheduler.Core.Games;
using GameScheduler.Core.Members;
using GameScheduler.Core.Schedules;
using GameScheduler.Core.Templates;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

/// <summary>What becomes of an announcement after the game: the template's choice, the planned tidying, and its claim.</summary>
public sealed class AnnouncementTidyingTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    private const string ArchiveChannelId = "200000000000000002";

    private static Caller Owner => Caller.InGuild(new UserProfile(Guild.OwnerId, "owner", "Owner"), Membership.WithoutRoles(Guild.OwnerId, GuildId));

    [Fact]
    public async Task A_template_that_archives_names_a_channel_of_the_guild()
    {
        var withoutChannel = await CreateTemplateAsync(new TemplateDraft { Name = "Raid", AfterGame = AfterGame.Archive });
        var unknownChannel = await CreateTemplateAsync(new TemplateDraft { Name = "Raid", AfterGame = AfterGame.Archive, ArchiveChannelId = "999" });
        var archiving = await CreateTemplateAsync(
            new TemplateDraft { Name = "Raid", AfterGame = AfterGame.Archive, ArchiveChannelId = ArchiveChannelId, AfterGameDelayMinutes = 0 });
        var keeping = await CreateTemplateAsync(new TemplateDraft { Name = "Board games" });

        Assert.Equal(["archive_channel_id"], Assert.IsType<ValidationFailed>(withoutChannel).Errors.Keys);
        Assert.Equal(["archive_channel_id"], Assert.IsType<ValidationFailed>(unknownChannel).Errors.Keys);
        var saved = Assert.IsType<TemplateSaved>(archiving).Template;
        Assert.Equal((AfterGame.Archive, 0, ArchiveChannelId), (saved.AfterGame, saved.AfterGameDelayMinutes, saved.ArchiveChannelId));
        var kept = Assert.IsType<TemplateSaved>(keeping).Template;
        Assert.Equal((AfterGame.Keep, AnnouncementTidy.DefaultDelayMinutes, null), (kept.AfterGame, kept.AfterGameDelayMinutes, kept.ArchiveChannelId));
    }

    [Fact]
    public async Task A_completed_game_is_tidied_its_delay_after_its_end_and_a_later_template_edit_does_not_change_it()
    {
        var template = await ArchivingTemplateAsync(delayMinutes: 90);
        var game = await CreateGameAsync(template.Id);
        await Service<TemplateService>().UpdateAsync(Owner, template.Id, new TemplateDraft { AfterGame = AfterGame.Keep }, Timeout);

        Time.SetUtcNow(game.ScheduledAt.AddMinutes(game.DurationMinutes));
        await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout);
        Time.Advance(TimeSpan.FromMinutes(90) - TimeSpan.FromSeconds(1));
        var early = await Service<AnnouncementTidying>().ClaimDueAsync(10, Timeout);
        Time.Advance(TimeSpan.FromSeconds(1));
        var due = await Service<AnnouncementTidying>().ClaimDueAsync(10, Timeout);

        Assert.Empty(early);
        var tidy = Assert.Single(due);
        Assert.Equal((game.Id, AfterGame.Archive, ArchiveChannelId), (tidy.Game.Id, tidy.AfterGame, tidy.ArchiveChannelId));
        Assert.Equal(GameStatus.Completed, tidy.Game.Status);
    }

    [Fact]
    public async Task A_cancelled_game_is_tidied_its_delay_after_the_cancellation_by_the_tidying_not_the_schedule_processor()
    {
        var game = await CreateGameAsync((await ArchivingTemplateAsync(delayMinutes: 30)).Id);
        Time.Advance(TimeSpan.FromHours(1));

        await Service<GameService>().CancelAsync(Host, game.Id, Timeout);
        var entry = await Db().ScheduleEntries.SingleAsync(entry => entry.GameId == game.Id && entry.ProcessedAt == null, Timeout);

        Assert.Equal((ScheduleKind.Tidy, Time.GetUtcNow().AddMinutes(30)), (entry.Kind, entry.DueAt));
        Time.Advance(TimeSpan.FromMinutes(30));
        Assert.False(await Service<ScheduleProcessor>().AnyDueAsync(Timeout));
        Assert.Equal(0, await Service<ScheduleProcessor>().ProcessDueAsync(10, Fail, Timeout));
        Assert.True(await Service<AnnouncementTidying>().AnyDueAsync(Timeout));
    }

    [Fact]
    public async Task A_game_of_a_template_that_keeps_its_announcement_plans_no_tidying()
    {
        var game = await CreateGameAsync();

        await Service<GameService>().CancelAsync(Host, game.Id, Timeout);

        Assert.False(await Db().ScheduleEntries.AnyAsync(entry => entry.GameId == game.Id && entry.ProcessedAt == null, Timeout));
    }

    [Fact]
    public async Task A_tidying_is_claimed_by_one_drain_at_a_time_again_after_the_retry_delay_and_never_once_done()
    {
        var game = await CreateGameAsync((await ArchivingTemplateAsync(delayMinutes: 0)).Id);
        await Service<GameService>().RecordAnnouncementAsync(game.Id, "500000000000000001", Timeout);
        await Service<GameService>().CancelAsync(Host, game.Id, Timeout);

        var claims = await Task.WhenAll(Service<AnnouncementTidying>().ClaimDueAsync(10, Timeout), Service<AnnouncementTidying>().ClaimDueAsync(10, Timeout));
        var tidy = Assert.Single(claims.SelectMany(claimed => claimed));
        Assert.Equal("500000000000000001", tidy.MessageId);
        Assert.Empty(await Service<AnnouncementTidying>().ClaimDueAsync(10, Timeout));

        Time.Advance(AnnouncementTidying.RetryDelay);
        await Service<AnnouncementTidying>().RecordSummaryAsync(game.Id, "500000000000000002", Timeout);
        var retried = Assert.Single(await Service<AnnouncementTidying>().ClaimDueAsync(10, Timeout));
        await Service<AnnouncementTidying>().MarkDoneAsync(retried, Timeout);
        Time.Advance(AnnouncementTidying.RetryDelay);

        Assert.Equal("500000000000000002", retried.ArchiveMessageId);
        Assert.Empty(await Service<AnnouncementTidying>().ClaimDueAsync(10, Timeout));
        var stored = await Db().Games.SingleAsync(stored => stored.Id == game.Id, Timeout);
        Assert.Equal((null, Time.GetUtcNow() - AnnouncementTidying.RetryDelay), (stored.DiscordMessageId, stored.TidiedAt));
    }

    private Task<ITemplateChangeResult> CreateTemplateAsync(TemplateDraft draft) => Service<TemplateService>().CreateAsync(Owner, GuildId, draft, Timeout);

    private async Task<TemplateView> ArchivingTemplateAsync(int delayMinutes) =>
        Assert.IsType<TemplateSaved>(await CreateTemplateAsync(new TemplateDraft
        {
            Name = "Raid",
            ChannelId = ChannelId,
            AfterGame = AfterGame.Archive,
            AfterGameDelayMinutes = delayMinutes,
            ArchiveChannelId = ArchiveChannelId,
        })).Template;

    private async Task<GameView> CreateGameAsync(Guid templateId)
    {
        var request = new NewGame(GuildId) { Title = "Raid", TemplateId = templateId, ScheduledAt = Time.GetUtcNow().AddDays(1) };
        return Assert.IsType<GameSaved>(await Service<GameService>().CreateAsync(Host, request, Timeout)).Game;
    }

    private static void Fail(long entryId, Exception exception) => throw exception;
}
