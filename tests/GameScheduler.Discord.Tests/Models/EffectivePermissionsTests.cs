using GameScheduler.Discord.Models;

namespace GameScheduler.Discord.Tests.Models;

/// <summary>The rules of Discord's permissions documentation (base permissions, overwrite order), one case each.</summary>
public sealed class EffectivePermissionsTests
{
    private const string GuildId = "1";
    private const string OwnerId = "2";
    private const string MemberId = "3";
    private const string Players = "10";
    private const string Muted = "11";
    private const string Admins = "12";

    private const Permissions ViewAndSend = Permissions.ViewChannel | Permissions.SendMessages;

    private static readonly Dictionary<string, Permissions> Roles = new()
    {
        [GuildId] = ViewAndSend | Permissions.ReadMessageHistory,
        [Players] = Permissions.AddReactions,
        [Muted] = Permissions.None,
        [Admins] = Permissions.Administrator,
    };

    private static PermissionSubject Member(params string[] roleIds) => new(GuildId, MemberId, IsOwner: false, roleIds);

    private static ChannelOverwrite Role(string id, Permissions allow = Permissions.None, Permissions deny = Permissions.None) =>
        new(id, PermissionOverwriteType.Role, allow, deny);

    private static ChannelOverwrite OfMember(string id, Permissions allow = Permissions.None, Permissions deny = Permissions.None) =>
        new(id, PermissionOverwriteType.Member, allow, deny);

    [Fact]
    public void Guild_permissions_combine_everyone_with_the_members_roles() =>
        Assert.Equal(ViewAndSend | Permissions.ReadMessageHistory | Permissions.AddReactions, EffectivePermissions.InGuild(Member(Players), Roles));

    [Fact]
    public void A_role_the_guild_does_not_list_grants_nothing() =>
        Assert.Equal(Roles[GuildId], EffectivePermissions.InGuild(Member("999"), Roles));

    [Fact]
    public void The_owner_has_every_permission_whatever_the_overwrites_say()
    {
        var owner = new PermissionSubject(GuildId, OwnerId, IsOwner: true, []);

        Assert.Equal(EffectivePermissions.All, EffectivePermissions.InChannel(owner, Roles, [Role(GuildId, deny: ViewAndSend), OfMember(OwnerId, deny: ViewAndSend)]));
    }

    [Fact]
    public void An_administrator_has_every_permission_whatever_the_overwrites_say() =>
        Assert.Equal(EffectivePermissions.All, EffectivePermissions.InChannel(Member(Admins), Roles, [Role(GuildId, deny: ViewAndSend), Role(Admins, deny: ViewAndSend)]));

    [Fact]
    public void A_private_channel_denies_everyone_and_allows_a_role()
    {
        ChannelOverwrite[] overwrites = [Role(GuildId, deny: Permissions.ViewChannel), Role(Players, allow: Permissions.ViewChannel)];

        Assert.False(EffectivePermissions.InChannel(Member(), Roles, overwrites).HasFlag(Permissions.ViewChannel));
        Assert.True(EffectivePermissions.InChannel(Member(Players), Roles, overwrites).HasFlag(Permissions.ViewChannel));
    }

    [Fact]
    public void The_everyone_overwrite_can_grant_what_no_role_has() =>
        Assert.True(EffectivePermissions.InChannel(Member(), Roles, [Role(GuildId, allow: Permissions.EmbedLinks)]).HasFlag(Permissions.EmbedLinks));

    [Fact]
    public void Among_the_members_roles_an_allow_beats_a_deny_because_all_denies_go_first() =>
        Assert.True(EffectivePermissions.InChannel(Member(Players, Muted), Roles,
            [Role(Muted, deny: Permissions.SendMessages), Role(Players, allow: Permissions.SendMessages)]).HasFlag(Permissions.SendMessages));

    [Fact]
    public void A_role_overwrite_beats_the_everyone_overwrite() =>
        Assert.True(EffectivePermissions.InChannel(Member(Players), Roles,
            [Role(GuildId, deny: Permissions.SendMessages), Role(Players, allow: Permissions.SendMessages)]).HasFlag(Permissions.SendMessages));

    [Fact]
    public void The_members_own_overwrite_beats_their_roles()
    {
        ChannelOverwrite[] overwrites = [Role(Players, allow: Permissions.SendMessages), OfMember(MemberId, deny: Permissions.SendMessages)];

        Assert.Equal(Roles[GuildId] & ~Permissions.SendMessages | Permissions.AddReactions, EffectivePermissions.InChannel(Member(Players), Roles, overwrites));
    }

    [Fact]
    public void Overwrites_for_other_roles_and_members_do_not_apply() =>
        Assert.Equal(EffectivePermissions.InGuild(Member(), Roles), EffectivePermissions.InChannel(Member(), Roles,
            [Role(Players, deny: ViewAndSend), OfMember(OwnerId, deny: ViewAndSend), new ChannelOverwrite(MemberId, PermissionOverwriteType.Role, Permissions.None, ViewAndSend)]));
}
