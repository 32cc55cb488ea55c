using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;

namespace GameScheduler.DiscordEmulator.Tests;

/// <summary>Discord's documented permission hierarchy, case by case.</summary>
public sealed class PermissionsTests
{
    private const string GuildId = "10";
    private const string OwnerId = "20";
    private const string MemberId = "21";
    private const string RoleA = "30";
    private const string RoleB = "31";
    private const string AdminRole = "32";
    private const ulong EveryoneBase = Permissions.ViewChannel | Permissions.SendMessages | Permissions.ReadMessageHistory;

    [Fact]
    public void The_owner_has_every_permission_even_where_overwrites_deny_them()
    {
        var channel = Channel(Role(GuildId, deny: Permissions.ViewChannel), Member(OwnerId, deny: Permissions.All));

        Assert.Equal(Permissions.All, Permissions.Of(Guild(), Membership(OwnerId)));
        Assert.Equal(Permissions.All, Permissions.InChannel(Guild(), Membership(OwnerId), channel));
    }

    [Fact]
    public void Administrator_grants_everything_and_bypasses_channel_overwrites()
    {
        var channel = Channel(Role(GuildId, deny: Permissions.ViewChannel), Member(MemberId, deny: Permissions.SendMessages));

        Assert.Equal(Permissions.All, Permissions.Of(Guild(), Membership(MemberId, AdminRole)));
        Assert.Equal(Permissions.All, Permissions.InChannel(Guild(), Membership(MemberId, AdminRole), channel));
    }

    [Fact]
    public void Base_permissions_are_everyone_combined_with_the_members_roles()
    {
        Assert.Equal(EveryoneBase, Permissions.Of(Guild(), Membership(MemberId)));
        Assert.Equal(EveryoneBase | (1UL << 5), Permissions.Of(Guild(), Membership(MemberId, RoleA)));
    }

    [Fact]
    public void An_everyone_deny_hides_the_channel_unless_a_role_overwrite_of_the_member_allows_it()
    {
        var channel = Channel(Role(GuildId, deny: Permissions.ViewChannel), Role(RoleB, allow: Permissions.ViewChannel));

        Assert.Equal(0UL, Permissions.InChannel(Guild(), Membership(MemberId, RoleA), channel) & Permissions.ViewChannel);
        Assert.NotEqual(0UL, Permissions.InChannel(Guild(), Membership(MemberId, RoleB), channel) & Permissions.ViewChannel);
    }

    [Fact]
    public void Role_overwrites_are_combined_so_one_roles_allow_beats_another_roles_deny()
    {
        var channel = Channel(Role(RoleA, deny: Permissions.ViewChannel), Role(RoleB, allow: Permissions.ViewChannel));

        var permissions = Permissions.InChannel(Guild(), Membership(MemberId, RoleA, RoleB), channel);

        Assert.NotEqual(0UL, permissions & Permissions.ViewChannel);
    }

    [Fact]
    public void A_member_overwrite_wins_over_role_and_everyone_overwrites()
    {
        var channel = Channel(
            Role(GuildId, allow: Permissions.SendMessages),
            Role(RoleB, allow: Permissions.SendMessages),
            Member(MemberId, deny: Permissions.SendMessages));
        var allowedAlone = Channel(Role(GuildId, deny: Permissions.SendMessages), Member(MemberId, allow: Permissions.SendMessages));

        Assert.Equal(EveryoneBase & ~Permissions.SendMessages, Permissions.InChannel(Guild(), Membership(MemberId, RoleB), channel));
        Assert.Equal(EveryoneBase, Permissions.InChannel(Guild(), Membership(MemberId), allowedAlone));
    }

    [Fact]
    public void Overwrites_of_roles_the_member_does_not_hold_and_of_other_members_do_not_apply()
    {
        var channel = Channel(Role(RoleA, deny: Permissions.SendMessages), Member(OwnerId, deny: Permissions.ViewChannel));

        Assert.Equal(EveryoneBase, Permissions.InChannel(Guild(), Membership(MemberId, RoleB), channel));
    }

    private static Guild Guild() => new(GuildId, "Guild", OwnerId, [], [
        RoleObject(GuildId, EveryoneBase),
        RoleObject(RoleA, 1UL << 5),
        RoleObject(RoleB, 0),
        RoleObject(AdminRole, Permissions.Administrator),
    ]);

    private static Role RoleObject(string id, ulong permissions) =>
        new(id, id, Permissions.Format(permissions), Position: 0, Color: 0, Hoist: false, Managed: false, Mentionable: false, Flags: 0);

    private static Membership Membership(string userId, params string[] roleIds) => new(GuildId, userId, [.. roleIds], DateTimeOffset.UnixEpoch);

    private static Channel Channel(params PermissionOverwrite[] overwrites) =>
        new("40", Models.Channel.GuildTextType, GuildId, "channel", Position: 0, Recipients: null, overwrites);

    private static PermissionOverwrite Role(string id, ulong allow = 0, ulong deny = 0) =>
        new(id, PermissionOverwrite.RoleType, Permissions.Format(allow), Permissions.Format(deny));

    private static PermissionOverwrite Member(string id, ulong allow = 0, ulong deny = 0) =>
        new(id, PermissionOverwrite.MemberType, Permissions.Format(allow), Permissions.Format(deny));
}
