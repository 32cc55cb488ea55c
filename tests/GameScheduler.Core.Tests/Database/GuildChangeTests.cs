using GameScheduler.Core.Games;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Templates;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

public sealed class GuildChangeTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    private const string NewRoleId = "300000000000000002";
    private const string NewChannelId = "200000000000000003";
    private const string UnusedChannelId = "200000000000000002";

    [Fact]
    public async Task A_guild_update_renames_the_guild_and_changes_its_icon_and_owner()
    {
        await Service<GuildChangeService>().UpdateGuildAsync(new GuildProfile(GuildId, "Card Gamers", "b4c5", "400000000000000098"), Timeout);

        var guild = await Db().Guilds.SingleAsync(guild => guild.Id == GuildId, Timeout);
        Assert.Equal(("Card Gamers", "b4c5", "400000000000000098"), (guild.Name, guild.IconHash, guild.OwnerId));
    }

    [Fact]
    public async Task A_created_role_is_stored_and_an_updated_one_renamed_with_its_permissions()
    {
        var changes = Service<GuildChangeService>();

        await changes.UpsertRoleAsync(GuildId, new RoleSnapshot(NewRoleId, "Hosts", 0), Timeout);
        await changes.UpsertRoleAsync(GuildId, new RoleSnapshot(PlayerRoleId, "Regulars", 8), Timeout);

        var roles = await Db().Roles.Where(role => role.GuildId == GuildId && role.Id != GuildId).OrderBy(role => role.Id).Select(role => new { role.Id, role.Name, role.Permissions }).ToListAsync(Timeout);
        Assert.Equal([new { Id = PlayerRoleId, Name = "Regulars", Permissions = 8L }, new { Id = NewRoleId, Name = "Hosts", Permissions = 0L }], roles);
    }

    [Fact]
    public async Task A_deleted_role_is_dropped_and_leaves_the_bot_manager_roles()
    {
        await Service<GuildChangeService>().UpsertRoleAsync(GuildId, new RoleSnapshot(NewRoleId, "Hosts", 0), Timeout);
        await Service<GuildSettingsService>().SetBotManagerRolesAsync(Member(Guild.OwnerId), GuildId, [PlayerRoleId, NewRoleId], Timeout);

        await Service<GuildChangeService>().DeleteRoleAsync(GuildId, NewRoleId, Timeout);

        var db = Db();
        Assert.Equal([PlayerRoleId], await db.Roles.Where(role => role.GuildId == GuildId && role.Id != GuildId).Select(role => role.Id).ToListAsync(Timeout));
        Assert.Equal([PlayerRoleId], (await db.Guilds.SingleAsync(guild => guild.Id == GuildId, Timeout)).BotManagerRoleIds);
    }

    [Fact]
    public async Task A_deleted_role_leaves_the_role_lists_of_templates_and_scheduled_games()
    {
        await Service<GuildChangeService>().UpsertRoleAsync(GuildId, new RoleSnapshot(NewRoleId, "Hosts", 0), Timeout);
        var game = await CreateGameAsync();
        await using (var db = Db())
        {
            var template = await db.Templates.SingleAsync(template => template.GuildId == GuildId && template.IsDefault, Timeout);
            template.AllowedHostRoleIds = [NewRoleId];
            template.AllowedPlayerRoleIds = [PlayerRoleId, NewRoleId];
            template.NotifyRoleIds = [NewRoleId];
            var stored = await db.Games.SingleAsync(stored => stored.Id == game.Id, Timeout);
            stored.AllowedPlayerRoleIds = [NewRoleId];
            stored.NotifyRoleIds = [PlayerRoleId, NewRoleId];
            await db.SaveChangesAsync(Timeout);
        }

        await Service<GuildChangeService>().DeleteRoleAsync(GuildId, NewRoleId, Timeout);

        var check = Db();
        var after = await check.Templates.SingleAsync(template => template.GuildId == GuildId && template.IsDefault, Timeout);
        Assert.Empty(after.AllowedHostRoleIds);
        Assert.Equal([PlayerRoleId], after.AllowedPlayerRoleIds);
        Assert.Empty(after.NotifyRoleIds);
        var gameAfter = await check.Games.SingleAsync(stored => stored.Id == game.Id, Timeout);
        Assert.Empty(gameAfter.AllowedPlayerRoleIds);
        Assert.Equal([PlayerRoleId], gameAfter.NotifyRoleIds);
    }

    [Fact]
    public async Task The_bots_own_roles_follow_its_member_updates()
    {
        await Service<GuildChangeService>().SetBotRolesAsync(GuildId, [PlayerRoleId], Timeout);

        Assert.Equal([PlayerRoleId], (await Db().Guilds.SingleAsync(guild => guild.Id == GuildId, Timeout)).BotRoleIds);
    }

    [Fact]
    public async Task A_full_sync_forgets_vanished_roles_the_same_way()
    {
        await Service<GuildSettingsService>().SetBotManagerRolesAsync(Member(Guild.OwnerId), GuildId, [PlayerRoleId], Timeout);

        await Service<GuildSyncService>().SyncAsync(Guild with { Roles = [] }, Timeout);

        Assert.Empty((await Db().Guilds.SingleAsync(guild => guild.Id == GuildId, Timeout)).BotManagerRoleIds);
    }

    [Fact]
    public async Task A_change_to_a_guild_never_synced_is_skipped()
    {
        var changes = Service<GuildChangeService>();

        await changes.UpdateGuildAsync(new GuildProfile(OtherGuildId, "Elsewhere", null, HostId), Timeout);
        await changes.UpsertRoleAsync(OtherGuildId, new RoleSnapshot(NewRoleId, "Hosts", 0), Timeout);

        var db = Db();
        Assert.False(await db.Guilds.AnyAsync(guild => guild.Id == OtherGuildId, Timeout));
        Assert.False(await db.Roles.AnyAsync(role => role.GuildId == OtherGuildId, Timeout));
    }

    [Fact]
    public async Task A_created_channel_is_listed_and_an_updated_one_renamed_with_its_overwrites()
    {
        var changes = Service<GuildChangeService>();
        PermissionOverwrite hidden = new(GuildId, PermissionOverwriteType.Role, 0, 1024);

        await changes.UpsertChannelAsync(GuildId, new ChannelSnapshot(NewChannelId, "lfg"), Timeout);
        await changes.UpsertChannelAsync(GuildId, new ChannelSnapshot(ChannelId, "tabletop") { PermissionOverwrites = [hidden] }, Timeout);

        var channels = await Service<GuildQueries>().ChannelsAsync(Member(HostId), GuildId, Timeout);
        Assert.Contains(new ChannelView(NewChannelId, "lfg"), channels!);
        var renamed = await Db().Channels.SingleAsync(channel => channel.Id == ChannelId, Timeout);
        Assert.Equal(("tabletop", hidden), (renamed.Name, Assert.Single(renamed.PermissionOverwrites)));
    }

    [Fact]
    public async Task A_deleted_channel_is_dropped_or_kept_as_deleted_for_the_games_that_point_at_it()
    {
        var game = await CreateGameAsync();
        var changes = Service<GuildChangeService>();

        await changes.DeleteChannelAsync(GuildId, UnusedChannelId, Timeout);
        await changes.DeleteChannelAsync(GuildId, ChannelId, Timeout);

        var db = Db();
        Assert.False(await db.Channels.AnyAsync(channel => channel.Id == UnusedChannelId, Timeout));
        Assert.Equal(Time.GetUtcNow(), (await db.Channels.SingleAsync(channel => channel.Id == ChannelId, Timeout)).DeletedAt);
        Assert.True((await Service<GameQueries>().FindAsync(Host, game.Id, Timeout))!.ChannelDeleted);
        Assert.Empty((await Service<GuildQueries>().ChannelsAsync(Host, GuildId, Timeout))!);
    }

    [Fact]
    public async Task A_deleted_role_leaves_the_channel_overwrites_naming_it()
    {
        PermissionOverwrite forPlayers = new(PlayerRoleId, PermissionOverwriteType.Role, 1024, 0);
        PermissionOverwrite forHost = new(HostId, PermissionOverwriteType.Member, 1024, 0);
        await Service<GuildChangeService>().UpsertChannelAsync(GuildId, new ChannelSnapshot(ChannelId, "games") { PermissionOverwrites = [forPlayers, forHost] }, Timeout);

        await Service<GuildChangeService>().DeleteRoleAsync(GuildId, PlayerRoleId, Timeout);

        Assert.Equal([forHost], (await Db().Channels.SingleAsync(channel => channel.Id == ChannelId, Timeout)).PermissionOverwrites);
    }

    [Fact]
    public async Task A_guild_the_bot_is_removed_from_is_absent_with_its_games_and_templates_until_it_is_back()
    {
        var game = await CreateGameAsync();
        var template = (await Service<TemplateService>().ListAsync(Host, GuildId, Timeout))!.Single();

        await Service<GuildChangeService>().RemoveGuildAsync(GuildId, Timeout);

        Assert.Empty(await Service<GuildQueries>().ListAsync(Host, Timeout));
        Assert.Null(await Service<GuildQueries>().ChannelsAsync(Host, GuildId, Timeout));
        Assert.Null(await Service<GameQueries>().FindAsync(Host, game.Id, Timeout));
        Assert.Equal(0, (await Service<GameQueries>().ListAsync(Host, new GameListQuery(), Timeout)).Total);
        Assert.Null(await Service<TemplateService>().ListAsync(Host, GuildId, Timeout));
        Assert.Null(await Service<TemplateService>().FindAsync(Host, template.Id, Timeout));

        await Service<GuildSyncService>().SyncAsync(Guild, Timeout);

        Assert.NotNull(await Service<GameQueries>().FindAsync(Host, game.Id, Timeout));
        Assert.Equal([GuildId], (await Service<GuildQueries>().ListAsync(Host, Timeout)).Select(guild => guild.Id));
    }
}
