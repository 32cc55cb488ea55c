using GameScheduler.Core.Guilds;
using GameScheduler.Core.Templates;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

public sealed class GuildSyncTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    [Fact]
    public async Task The_first_sync_stores_the_guild_and_gives_it_a_default_template()
    {
        var db = Db();

        var guild = await db.Guilds.SingleAsync(guild => guild.Id == GuildId, Timeout);
        Assert.Equal("Board Gamers", guild.Name);
        Assert.Equal(Guild.OwnerId, guild.OwnerId);
        Assert.Equal([ChannelId, "200000000000000002"], await db.Channels.Where(channel => channel.GuildId == GuildId).Select(channel => channel.Id).Order().ToListAsync(Timeout));
        Assert.Equal([GuildId, PlayerRoleId], await db.Roles.Where(role => role.GuildId == GuildId).Select(role => role.Id).Order().ToListAsync(Timeout));

        var template = await db.Templates.SingleAsync(template => template.GuildId == GuildId, Timeout);
        Assert.True(template.IsDefault);
        Assert.Equal(ChannelId, template.ChannelId);
        Assert.Equal(DefaultTemplate.MaxPlayers, template.MaxPlayers);
    }

    [Fact]
    public async Task A_later_sync_updates_names_drops_what_is_gone_and_keeps_the_one_default_template()
    {
        var renamed = Guild with
        {
            Name = "Renamed",
            Channels = [new ChannelSnapshot(ChannelId, "tabletop")],
            Roles = [new RoleSnapshot("300000000000000002", "Hosts", 8)],
        };

        await Service<GuildSyncService>().SyncAsync(renamed, Timeout);

        var db = Db();
        Assert.Equal("Renamed", (await db.Guilds.SingleAsync(guild => guild.Id == GuildId, Timeout)).Name);
        Assert.Equal(["tabletop"], await db.Channels.Where(channel => channel.GuildId == GuildId).Select(channel => channel.Name).ToListAsync(Timeout));
        Assert.Equal(["Hosts"], await db.Roles.Where(role => role.GuildId == GuildId).Select(role => role.Name).ToListAsync(Timeout));
        Assert.Equal(1, await db.Templates.CountAsync(template => template.GuildId == GuildId, Timeout));
    }

    [Fact]
    public async Task A_sync_stores_channel_overwrites_and_the_bots_roles()
    {
        PermissionOverwrite[] overwrites =
        [
            new(GuildId, PermissionOverwriteType.Role, Allow: 0, Deny: 1024),
            new(HostId, PermissionOverwriteType.Member, Allow: 3072, Deny: 0),
        ];
        var staffOnly = Guild with { Channels = [new ChannelSnapshot(ChannelId, "staff") { PermissionOverwrites = overwrites }] };

        await Service<GuildSyncService>().SyncAsync(staffOnly with { BotRoleIds = [PlayerRoleId] }, Timeout);

        var db = Db();
        Assert.Equal(overwrites, (await db.Channels.SingleAsync(channel => channel.Id == ChannelId, Timeout)).PermissionOverwrites);
        Assert.Equal([PlayerRoleId], (await db.Guilds.SingleAsync(guild => guild.Id == GuildId, Timeout)).BotRoleIds);
    }

    [Fact]
    public async Task A_channel_gone_from_discord_that_a_template_points_at_is_marked_deleted()
    {
        await Service<GuildSyncService>().SyncAsync(Guild with { Channels = [new ChannelSnapshot("200000000000000002", "general")] }, Timeout);

        var channel = await Db().Channels.SingleAsync(channel => channel.Id == ChannelId, Timeout);
        Assert.Equal(Time.GetUtcNow(), channel.DeletedAt);
    }

    [Fact]
    public async Task Concurrent_syncs_of_a_new_guild_take_turns()
    {
        var newGuild = Guild with { Id = OtherGuildId, Channels = [new ChannelSnapshot("200000000000000009", "lfg")], Roles = [] };

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Service<GuildSyncService>().SyncAsync(newGuild, Timeout)));

        Assert.Equal(1, await Db().Templates.CountAsync(template => template.GuildId == OtherGuildId, Timeout));
    }
}
