using GameScheduler.Discord.Models;

namespace GameScheduler.Discord.Tests.Gateway;

/// <summary>Changes to a guild's channels, roles and settings arrive as typed events, in gateway order, on one session.</summary>
public sealed class GuildChangeEventTests : IAsyncLifetime
{
    private const string ChannelId = "1210000000000000002";
    private const string RoleId = "1220000000000000002";
    private FakeGateway gateway = null!;

    public async Task InitializeAsync() => gateway = await FakeGateway.StartAsync();

    public async Task DisposeAsync() => await gateway.DisposeAsync();

    [Fact]
    public async Task Raises_channel_create_update_and_delete_with_the_channel()
    {
        await using var bot = GatewayHarness.Start(gateway.ApiBaseUrl);
        var connection = await gateway.StartSessionAsync(bot);

        await connection.SendDispatchAsync("CHANNEL_CREATE", 2, GatewayPayloads.Channel(ChannelId, "raid-night"));
        await connection.SendDispatchAsync("CHANNEL_UPDATE", 3, GatewayPayloads.Channel(ChannelId, "raid-nights"));
        await connection.SendDispatchAsync("CHANNEL_DELETE", 4, GatewayPayloads.Channel(ChannelId, "raid-nights"));

        var created = await bot.NextEventAsync<Channel>("CHANNEL_CREATE");
        Assert.Equal((ChannelId, GatewayPayloads.GuildId, "raid-night", ChannelType.GuildText), (created.Id, created.GuildId, created.Name, created.Type));
        Assert.Equal("raid-nights", (await bot.NextEventAsync<Channel>("CHANNEL_UPDATE")).Name);
        Assert.Equal(ChannelId, (await bot.NextEventAsync<Channel>("CHANNEL_DELETE")).Id);
        Assert.Equal(1, gateway.ConnectionCount);
    }

    [Fact]
    public async Task Raises_role_create_update_with_the_role_and_delete_with_its_id()
    {
        await using var bot = GatewayHarness.Start(gateway.ApiBaseUrl);
        var connection = await gateway.StartSessionAsync(bot);

        await connection.SendDispatchAsync("GUILD_ROLE_CREATE", 2, GatewayPayloads.RoleChange(RoleId, "Raiders", "2048"));
        await connection.SendDispatchAsync("GUILD_ROLE_UPDATE", 3, GatewayPayloads.RoleChange(RoleId, "Raid leads", "8"));
        await connection.SendDispatchAsync("GUILD_ROLE_DELETE", 4, GatewayPayloads.RoleDelete(RoleId));

        var created = await bot.NextEventAsync<GuildRoleEvent>("GUILD_ROLE_CREATE");
        Assert.Equal((GatewayPayloads.GuildId, RoleId, "Raiders", "2048"), (created.GuildId, created.Role.Id, created.Role.Name, created.Role.Permissions));
        var updated = await bot.NextEventAsync<GuildRoleEvent>("GUILD_ROLE_UPDATE");
        Assert.Equal(("Raid leads", "8"), (updated.Role.Name, updated.Role.Permissions));
        var deleted = await bot.NextEventAsync<GuildRoleDeleteEvent>("GUILD_ROLE_DELETE");
        Assert.Equal((GatewayPayloads.GuildId, RoleId), (deleted.GuildId, deleted.RoleId));
    }

    [Fact]
    public async Task Raises_guild_update_and_tells_an_outage_from_a_removal_on_guild_delete()
    {
        await using var bot = GatewayHarness.Start(gateway.ApiBaseUrl);
        var connection = await gateway.StartSessionAsync(bot);

        await connection.SendDispatchAsync("GUILD_UPDATE", 2, GatewayPayloads.GuildUpdate("Guild A renamed", "1300000000000000002"));
        await connection.SendDispatchAsync("GUILD_DELETE", 3, $$"""{"id":"{{GatewayPayloads.GuildId}}","unavailable":true}""");
        await connection.SendDispatchAsync("GUILD_DELETE", 4, $$"""{"id":"{{GatewayPayloads.GuildId}}"}""");

        var updated = await bot.NextEventAsync<Guild>("GUILD_UPDATE");
        Assert.Equal(("Guild A renamed", "1300000000000000002", "a1b2c3"), (updated.Name, updated.OwnerId, updated.Icon));
        Assert.False((await bot.NextEventAsync<UnavailableGuild>("GUILD_DELETE")).BotWasRemoved);
        Assert.True((await bot.NextEventAsync<UnavailableGuild>("GUILD_DELETE")).BotWasRemoved);
    }
}
