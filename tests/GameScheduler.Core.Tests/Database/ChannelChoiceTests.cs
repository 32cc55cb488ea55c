using GameScheduler.Core.Games;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Members;
using GameScheduler.Core.Templates;
using GameScheduler.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

/// <summary>Who sees which channels, and which channels the caller may choose for a game or template.</summary>
public sealed class ChannelChoiceTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    private const string BotId = "900000000000000001";
    private const string StaffChannelId = "200000000000000010";
    private const string ReadOnlyChannelId = "200000000000000011";
    private const string BotMutedChannelId = "200000000000000012";
    private const long SendMessages = 1L << 11;
    private const long ViewChannel = 1L << 10;

    /// <summary>The test guild plus a channel only Players (and the bot) see, one where nobody posts, and one where the bot may not.</summary>
    private static GuildSnapshot GuildWithPrivateChannels { get; } = Guild with
    {
        Channels =
        [
            .. Guild.Channels,
            new ChannelSnapshot(StaffChannelId, "staff")
            {
                PermissionOverwrites =
                [
                    new(GuildId, PermissionOverwriteType.Role, Allow: 0, Deny: ViewChannel),
                    new(PlayerRoleId, PermissionOverwriteType.Role, Allow: ViewChannel, Deny: 0),
                    new(BotId, PermissionOverwriteType.Member, Allow: ViewChannel, Deny: 0),
                ],
            },
            new ChannelSnapshot(ReadOnlyChannelId, "rules") { PermissionOverwrites = [new(GuildId, PermissionOverwriteType.Role, Allow: 0, Deny: SendMessages)] },
            new ChannelSnapshot(BotMutedChannelId, "quiet") { PermissionOverwrites = [new(BotId, PermissionOverwriteType.Member, Allow: 0, Deny: SendMessages)] },
        ],
        BotUserId = BotId,
    };

    private static Caller Owner => Caller.InGuild(new UserProfile(Guild.OwnerId, "owner", "Owner"), Membership.WithoutRoles(Guild.OwnerId, GuildId));

    private async Task UsePrivateChannelsAsync() => await Service<GuildSyncService>().SyncAsync(GuildWithPrivateChannels, Timeout);

    private async Task<IReadOnlyList<string>> ChannelNamesFor(Caller caller) =>
        [.. (await Service<GuildQueries>().ChannelsAsync(caller, GuildId, Timeout))!.Select(channel => channel.Name)];

    private Task<IGameChangeResult> CreateGameInAsync(Caller caller, string channelId) =>
        Service<GameService>().CreateAsync(caller, new NewGame(GuildId)
        {
            Title = "Board games night",
            ChannelId = channelId,
            ScheduledAt = Time.GetUtcNow().AddDays(1),
        }, Timeout);

    [Fact]
    public async Task Members_are_listed_only_the_channels_they_can_view()
    {
        await UsePrivateChannelsAsync();

        Assert.Equal(["games", "general", "quiet", "rules"], await ChannelNamesFor(Member("1")));
        Assert.Equal(["games", "general", "quiet", "rules", "staff"], await ChannelNamesFor(Member("2", PlayerRoleId)));
        Assert.Equal(["games", "general", "quiet", "rules", "staff"], await ChannelNamesFor(Owner));
    }

    [Fact]
    public async Task A_channel_deleted_on_discord_is_not_listed_and_cannot_be_chosen()
    {
        await Service<GuildSyncService>().SyncAsync(Guild with { Channels = [Guild.Channels[1]] }, Timeout);

        Assert.Equal(["general"], await ChannelNamesFor(Member("1")));
        var result = Assert.IsType<ValidationFailed>(await CreateGameInAsync(Member("1"), ChannelId));
        Assert.Equal([ChannelChoice.DeletedChannel], result.Errors["channel_id"]);
    }

    [Fact]
    public async Task A_channel_the_caller_cannot_view_does_not_exist_for_them()
    {
        await UsePrivateChannelsAsync();

        Assert.Same(ResourceNotFound.Instance, await CreateGameInAsync(Member("1"), StaffChannelId));
        Assert.IsType<GameSaved>(await CreateGameInAsync(Member("2", PlayerRoleId), StaffChannelId));
    }

    [Fact]
    public async Task Caller_and_bot_must_both_be_able_to_send_messages_in_the_channel()
    {
        await UsePrivateChannelsAsync();

        Assert.Equal(new Forbidden(Refusals.CannotPostInChannel), await CreateGameInAsync(Member("1"), ReadOnlyChannelId));
        Assert.Equal(new Forbidden(Refusals.BotCannotPostInChannel), await CreateGameInAsync(Member("1"), BotMutedChannelId));
        Assert.Equal(0, await Db().Games.CountAsync(Timeout));
    }

    [Fact]
    public async Task Moving_a_game_follows_the_same_rule_and_other_edits_of_a_game_in_a_deleted_channel_still_work()
    {
        await UsePrivateChannelsAsync();
        var game = await CreateGameAsync();

        Assert.Equal(new Forbidden(Refusals.BotCannotPostInChannel),
            await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { ChannelId = BotMutedChannelId }, Timeout));

        await Service<GuildSyncService>().SyncAsync(GuildWithPrivateChannels with { Channels = [Guild.Channels[1]] }, Timeout);
        var renamed = await Service<GameService>().UpdateAsync(Host, game.Id, new GameEdit { Title = "Renamed" }, Timeout);
        Assert.Equal("Renamed", Assert.IsType<GameSaved>(renamed).Game.Title);
    }

    [Fact]
    public async Task A_template_names_only_a_channel_the_caller_and_the_bot_can_post_in()
    {
        await UsePrivateChannelsAsync();

        var refused = await Service<TemplateService>().CreateAsync(Owner, GuildId, new TemplateDraft { Name = "Quiet", ChannelId = BotMutedChannelId }, Timeout);
        var saved = await Service<TemplateService>().CreateAsync(Owner, GuildId, new TemplateDraft { Name = "Staff", ChannelId = StaffChannelId }, Timeout);

        Assert.Equal(new Forbidden(Refusals.BotCannotPostInChannel), refused);
        Assert.IsType<TemplateSaved>(saved);
    }
}
