using System.Text.Json.Serialization;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.State;

namespace GameScheduler.DiscordEmulator.Gateway;

/// <summary>The dispatch names the emulator sends and the READY / GUILD_CREATE payloads.</summary>
public static class GatewayEvents
{
    public const string Ready = "READY";
    public const string Resumed = "RESUMED";
    public const string GuildCreate = "GUILD_CREATE";
    public const string GuildDelete = "GUILD_DELETE";
    public const string GuildRoleCreate = "GUILD_ROLE_CREATE";
    public const string GuildRoleUpdate = "GUILD_ROLE_UPDATE";
    public const string GuildRoleDelete = "GUILD_ROLE_DELETE";
    public const string ChannelCreate = "CHANNEL_CREATE";
    public const string ChannelUpdate = "CHANNEL_UPDATE";
    public const string ChannelDelete = "CHANNEL_DELETE";
    public const string GuildMemberAdd = "GUILD_MEMBER_ADD";
    public const string GuildMemberUpdate = "GUILD_MEMBER_UPDATE";
    public const string GuildMemberRemove = "GUILD_MEMBER_REMOVE";
    public const string InteractionCreate = "INTERACTION_CREATE";

    /// <summary>GATEWAY_PRESENCE, GATEWAY_GUILD_MEMBERS and GATEWAY_MESSAGE_CONTENT: the emulated app may use every privileged intent.</summary>
    private const int ApplicationFlags = (1 << 12) | (1 << 14) | (1 << 18);

    public static ReadyEvent ReadyFor(DiscordDirectory directory, string sessionId, string resumeGatewayUrl, IReadOnlyList<int>? shard) => new(
        V: 10,
        DiscordUser.From(directory.Bot),
        [.. directory.GuildIdsOf(directory.Bot.Id).Select(id => new UnavailableGuild(id, Unavailable: true))],
        sessionId,
        resumeGatewayUrl,
        shard,
        new ReadyApplication(directory.Bot.Id, ApplicationFlags));

    public static IEnumerable<GuildCreateEvent> GuildCreatesFor(DiscordDirectory directory)
    {
        foreach (var guildId in directory.GuildIdsOf(directory.Bot.Id))
        {
            var guild = directory.FindGuild(guildId)!;
            var members = directory.MembersOf(guildId)
                .Select(membership => GuildMember.From(membership, directory.FindUser(membership.UserId)!))
                .ToList();
            var botJoinedAt = directory.FindMembership(guildId, directory.Bot.Id)!.JoinedAt;
            yield return new GuildCreateEvent(guild.Id, guild.Name, Icon: null, guild.OwnerId, guild.Roles, guild.Channels,
                members, members.Count, botJoinedAt, Large: false, Unavailable: false, Features: [], PreferredLocale: "en-US");
        }
    }
}

public sealed record ReadyEvent(
    int V,
    DiscordUser User,
    IReadOnlyList<UnavailableGuild> Guilds,
    string SessionId,
    string ResumeGatewayUrl,
    IReadOnlyList<int>? Shard,
    ReadyApplication Application);

/// <summary>READY's guilds (unavailable) and GUILD_DELETE's payload (available: the bot was removed).</summary>
public sealed record UnavailableGuild(string Id, bool Unavailable);

/// <summary>GUILD_ROLE_CREATE and GUILD_ROLE_UPDATE.</summary>
public sealed record GuildRoleEvent(string GuildId, Role Role);

public sealed record GuildRoleDeleteEvent(string GuildId, string RoleId);

public sealed record ReadyApplication(string Id, int Flags);

/// <summary>A guild object with GUILD_CREATE's extra fields (members, channels, member_count, joined_at ...).</summary>
public sealed record GuildCreateEvent(
    string Id,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Icon,
    string OwnerId,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Channel> Channels,
    IReadOnlyList<GuildMember> Members,
    int MemberCount,
    DateTimeOffset JoinedAt,
    bool Large,
    bool Unavailable,
    IReadOnlyList<string> Features,
    string PreferredLocale);
