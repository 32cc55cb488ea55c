using System.Text.Json.Serialization;
using GameScheduler.DiscordEmulator.State;

namespace GameScheduler.DiscordEmulator.Models;

/// <summary>
/// Discord's guild member object. <see cref="Permissions"/> is only present in interactions and
/// <see cref="GuildId"/> only in GUILD_MEMBER_ADD/UPDATE dispatches, as in Discord.
/// </summary>
public sealed record GuildMember(
    DiscordUser User,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Nick,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Avatar,
    IReadOnlyList<string> Roles,
    DateTimeOffset JoinedAt,
    bool Deaf,
    bool Mute,
    int Flags,
    bool Pending,
    string? Permissions = null,
    string? GuildId = null)
{
    public static GuildMember From(Membership membership, UserAccount account) =>
        new(DiscordUser.From(account), Nick: null, Avatar: null, membership.RoleIds, membership.JoinedAt,
            Deaf: false, Mute: false, Flags: 0, Pending: false);
}

public sealed record GuildMemberRemoveEvent(string GuildId, DiscordUser User);
