using System.Collections.Immutable;
using System.Globalization;
using GameScheduler.DiscordEmulator.Models;
using Microsoft.Extensions.Options;

namespace GameScheduler.DiscordEmulator.State;

/// <summary>
/// Who exists and who belongs where: guilds with their channels and roles, users, memberships and
/// DM channels. Everything starts from the seed, changes at run time, and returns to the seed on a reset.
/// </summary>
public sealed partial class DiscordDirectory
{
    private readonly Lock _gate = new();
    private readonly SeedDocument _seed;
    private readonly TimeProvider _time;
    private readonly SnowflakeGenerator _ids;
    private readonly ImmutableArray<string> _guildIds;
    private readonly Dictionary<string, Guild> _guildsById = [];
    private readonly Dictionary<string, Channel> _guildChannelsById = [];
    private readonly List<UserAccount> _users = [];
    private readonly Dictionary<string, UserAccount> _usersById = [];
    private readonly Dictionary<string, Dictionary<string, Membership>> _membersByGuild = [];
    private readonly Dictionary<string, Channel> _dmChannelsByUser = [];
    private readonly Dictionary<string, string> _dmRecipientsByChannel = [];

    public DiscordDirectory(SeedDocument seed, IOptions<EmulatorOptions> options, TimeProvider time, SnowflakeGenerator ids)
    {
        _seed = seed;
        _time = time;
        _ids = ids;
        Bot = new UserAccount(options.Value.ApplicationId, seed.Bot.Username, GlobalName: null, IsBot: true, DmsClosed: true);
        _guildIds = [.. seed.Guilds.Select(guild => guild.Id)];
        LoadSeed();
    }

    public UserAccount Bot { get; }

    /// <summary>Every guild as it is now, in seed order.</summary>
    public IReadOnlyList<Guild> Guilds
    {
        get
        {
            lock (_gate)
            {
                return [.. _guildIds.Select(id => _guildsById[id])];
            }
        }
    }

    public Guild? FindGuild(string guildId)
    {
        lock (_gate)
        {
            return _guildsById.GetValueOrDefault(guildId);
        }
    }

    /// <summary>A guild text channel or a DM channel.</summary>
    public Channel? FindChannel(string channelId)
    {
        lock (_gate)
        {
            if (_guildChannelsById.TryGetValue(channelId, out var channel))
            {
                return channel;
            }

            return _dmRecipientsByChannel.TryGetValue(channelId, out var userId) ? _dmChannelsByUser[userId] : null;
        }
    }

    public UserAccount? FindUser(string userId)
    {
        lock (_gate)
        {
            return _usersById.GetValueOrDefault(userId);
        }
    }

    /// <summary>Every account except the bot, in creation order.</summary>
    public IReadOnlyList<UserAccount> People()
    {
        lock (_gate)
        {
            return [.. _users.Where(user => !user.IsBot)];
        }
    }

    public IReadOnlyList<string> GuildIdsOf(string userId)
    {
        lock (_gate)
        {
            return [.. _guildIds.Where(guildId => _membersByGuild[guildId].ContainsKey(userId))];
        }
    }

    public Membership? FindMembership(string guildId, string userId)
    {
        lock (_gate)
        {
            return _membersByGuild.GetValueOrDefault(guildId)?.GetValueOrDefault(userId);
        }
    }

    /// <summary>A guild's members ordered by user id, as Discord lists them.</summary>
    public IReadOnlyList<Membership> MembersOf(string guildId)
    {
        lock (_gate)
        {
            return [.. _membersByGuild[guildId].Values.OrderBy(member => ulong.Parse(member.UserId, CultureInfo.InvariantCulture))];
        }
    }

    public UserAccount CreateUser(string username, bool dmsClosed)
    {
        var account = new UserAccount(_ids.Next(), username, GlobalName: null, IsBot: false, dmsClosed);
        lock (_gate)
        {
            AddAccount(account);
        }

        return account;
    }

    /// <summary>Adds the membership, or returns null when the user already is a member.</summary>
    public Membership? AddMember(string guildId, string userId)
    {
        lock (_gate)
        {
            var members = _membersByGuild[guildId];
            if (members.ContainsKey(userId))
            {
                return null;
            }

            var membership = new Membership(guildId, userId, [], _time.GetUtcNow());
            members[userId] = membership;
            return membership;
        }
    }

    /// <summary>Removes the membership and returns it, or null when the user was not a member.</summary>
    public Membership? RemoveMember(string guildId, string userId)
    {
        lock (_gate)
        {
            return _membersByGuild[guildId].Remove(userId, out var removed) ? removed : null;
        }
    }

    public Membership? ReplaceRoles(string guildId, string userId, IReadOnlyList<string> roleIds)
    {
        lock (_gate)
        {
            var members = _membersByGuild[guildId];
            if (!members.TryGetValue(userId, out var membership))
            {
                return null;
            }

            var updated = membership with { RoleIds = [.. roleIds.Distinct()] };
            members[userId] = updated;
            return updated;
        }
    }

    /// <summary>The DM channel between the bot and a user, created on first use like Discord does.</summary>
    public Channel OpenDirectMessage(UserAccount recipient)
    {
        lock (_gate)
        {
            if (_dmChannelsByUser.TryGetValue(recipient.Id, out var existing))
            {
                return existing;
            }

            var channel = new Channel(_ids.Next(), Channel.DirectMessageType, GuildId: null, Name: null, Position: null,
                [DiscordUser.From(recipient)]);
            _dmChannelsByUser[recipient.Id] = channel;
            _dmRecipientsByChannel[channel.Id] = recipient.Id;
            return channel;
        }
    }

    public Channel? FindDirectMessageChannel(string userId)
    {
        lock (_gate)
        {
            return _dmChannelsByUser.GetValueOrDefault(userId);
        }
    }

    /// <summary>The user on the other end of a DM channel, or null for guild channels.</summary>
    public UserAccount? DirectMessageRecipient(string channelId)
    {
        lock (_gate)
        {
            return _dmRecipientsByChannel.TryGetValue(channelId, out var userId) ? _usersById[userId] : null;
        }
    }

    /// <summary>Back to the seed: its users and memberships only, and no DM channels.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            LoadSeed();
        }
    }

    /// <summary>Replaces every guild, account, membership and DM channel with the seed's.</summary>
    private void LoadSeed()
    {
        _guildsById.Clear();
        _guildChannelsById.Clear();
        _membersByGuild.Clear();
        _users.Clear();
        _usersById.Clear();
        _dmChannelsByUser.Clear();
        _dmRecipientsByChannel.Clear();
        foreach (var guild in _seed.Guilds.Select(ToGuild))
        {
            _guildsById[guild.Id] = guild;
            _membersByGuild[guild.Id] = [];
            foreach (var channel in guild.Channels)
            {
                _guildChannelsById[channel.Id] = channel;
            }
        }

        var joinedAt = _time.GetUtcNow();
        AddAccount(Bot);
        foreach (var guildId in _guildIds)
        {
            _membersByGuild[guildId][Bot.Id] = new Membership(guildId, Bot.Id, [], joinedAt);
        }

        foreach (var user in _seed.Users)
        {
            AddAccount(new UserAccount(user.Id, user.Username, user.GlobalName, IsBot: false, user.DmsClosed));
            foreach (var guildId in user.GuildIds)
            {
                var roleIds = (user.RoleIds ?? []).Where(roleId => _guildsById[guildId].Roles.Any(role => role.Id == roleId));
                _membersByGuild[guildId][user.Id] = new Membership(guildId, user.Id, [.. roleIds], joinedAt);
            }
        }
    }

    private void AddAccount(UserAccount account)
    {
        _users.Add(account);
        _usersById[account.Id] = account;
    }

    private static Guild ToGuild(SeedGuild seed) => new(
        seed.Id,
        seed.Name,
        seed.OwnerId,
        [.. seed.Channels.Select((channel, position) =>
            new Channel(channel.Id, channel.Type, seed.Id, channel.Name, position, Recipients: null, PermissionOverwrites: []))],
        [.. seed.Roles.Select((role, position) =>
            new Role(role.Id, role.Name, role.Permissions, position, Color: 0, Hoist: false, Managed: false, Mentionable: false, Flags: 0))]);
}
