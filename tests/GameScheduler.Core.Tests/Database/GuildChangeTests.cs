using GameScheduler.Core.Guilds;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Tests.Database;

public sealed class GuildChangeTests(PostgresFixture postgres) : DatabaseTest(postgres)
{
    private const string NewRoleId = "300000000000000002";

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

        var roles = await Db().Roles.Where(role => role.GuildId == GuildId).OrderBy(role => role.Id).Select(role => new { role.Id, role.Name, role.Permissions }).ToListAsync(Timeout);
        Assert.Equal([new { Id = PlayerRoleId, Name = "Regulars", Permissions = 8L }, new { Id = NewRoleId, Name = "Hosts", Permissions = 0L }], roles);
    }

    [Fact]
    public async Task A_deleted_role_is_dropped_and_leaves_the_bot_manager_roles()
    {
        await Service<GuildChangeService>().UpsertRoleAsync(GuildId, new RoleSnapshot(NewRoleId, "Hosts", 0), Timeout);
        await Service<GuildSettingsService>().SetBotManagerRolesAsync(Member(Guild.OwnerId), GuildId, [PlayerRoleId, NewRoleId], Timeout);

        await Service<GuildChangeService>().DeleteRoleAsync(GuildId, NewRoleId, Timeout);

        var db = Db();
        Assert.Equal([PlayerRoleId], await db.Roles.Where(role => role.GuildId == GuildId).Select(role => role.Id).ToListAsync(Timeout));
        Assert.Equal([PlayerRoleId], (await db.Guilds.SingleAsync(guild => guild.Id == GuildId, Timeout)).BotManagerRoleIds);
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
}
