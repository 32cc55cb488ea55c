using GameScheduler.Bot.Gateway;
using GameScheduler.Discord.Models;

namespace GameScheduler.Bot.Tests.Gateway;

/// <summary>The gateway's member events into Valkey: names per guild, and each member's roles, which the Api reads.</summary>
[Collection(ValkeyCollection.Name)]
public sealed class MemberProjectionTests(ValkeyFixture valkey)
{
    private readonly MemberProjection _projection = new(valkey.Connection);
    private readonly string _guild = Snowflake();
    private readonly string _otherGuild = Snowflake();
    private readonly string _anna = Snowflake();
    private readonly string _ben = Snowflake();

    private static string Snowflake() => Random.Shared.NextInt64(1_000_000_000_000_000_00, 9_000_000_000_000_000_000).ToString();

    private static GuildMember Member(string userId, string name, params string[] roleIds) => new(new User(userId, name), roleIds);

    private async Task<Dictionary<string, string[]>> RolesOfAsync(string userId) =>
        (await _projection.MembershipsOfAsync(userId)).ToDictionary(membership => membership.GuildId, membership => membership.RoleIds.Order().ToArray());

    [Fact]
    public async Task A_guilds_members_arrive_with_their_roles_and_names()
    {
        await _projection.ReplaceGuildAsync(_guild, [Member(_anna, "anna", "20", "10"), Member(_ben, "ben")]);
        await _projection.ReplaceGuildAsync(_otherGuild, [Member(_anna, "anna", "30")]);

        Assert.Equal(new Dictionary<string, string[]> { [_guild] = ["10", "20"], [_otherGuild] = ["30"] }, await RolesOfAsync(_anna));
        Assert.Equal(new Dictionary<string, string[]> { [_guild] = [] }, await RolesOfAsync(_ben));
        Assert.Equal("anna", (await _projection.NamesAsync(_guild, [_anna])).Of(_anna, "?"));
        Assert.All(await _projection.MembershipsOfAsync(_anna), membership => Assert.Equal(_anna, membership.UserId));
    }

    [Fact]
    public async Task A_member_update_replaces_their_roles_and_a_removal_drops_them()
    {
        await _projection.ReplaceGuildAsync(_guild, [Member(_anna, "anna", "10")]);

        await _projection.UpsertAsync(_guild, Member(_anna, "anna", "11", "12"));
        Assert.Equal(new Dictionary<string, string[]> { [_guild] = ["11", "12"] }, await RolesOfAsync(_anna));

        await _projection.RemoveAsync(_guild, _anna);
        Assert.Empty(await RolesOfAsync(_anna));
    }

    [Fact]
    public async Task A_new_guild_create_drops_the_roles_of_members_who_left_meanwhile()
    {
        await _projection.ReplaceGuildAsync(_guild, [Member(_anna, "anna", "10"), Member(_ben, "ben", "10")]);

        await _projection.ReplaceGuildAsync(_guild, [Member(_anna, "anna", "10")]);

        Assert.Empty(await RolesOfAsync(_ben));
        Assert.Equal(new Dictionary<string, string[]> { [_guild] = ["10"] }, await RolesOfAsync(_anna));
    }
}
