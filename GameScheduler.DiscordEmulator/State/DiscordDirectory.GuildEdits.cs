using GameScheduler.DiscordEmulator.Models;

namespace GameScheduler.DiscordEmulator.State;

/// <summary>Changes to a guild's channels and roles, as an administrator would make them in Discord.</summary>
public sealed partial class DiscordDirectory
{
    /// <summary>Adds a channel below the known guild's others.</summary>
    public Channel CreateChannel(string guildId, string name, int type, IReadOnlyList<PermissionOverwrite> overwrites)
    {
        lock (_gate)
        {
            var guild = _guildsById[guildId];
            var channel = new Channel(_ids.Next(), type, guildId, name, guild.Channels.Length, Recipients: null, overwrites);
            _guildsById[guildId] = guild with { Channels = guild.Channels.Add(channel) };
            _guildChannelsById[channel.Id] = channel;
            return channel;
        }
    }

    /// <summary>Renames a guild channel and/or replaces its overwrites; null for an unknown or DM channel.</summary>
    public Channel? UpdateChannel(string channelId, string? name, IReadOnlyList<PermissionOverwrite>? overwrites)
    {
        lock (_gate)
        {
            if (!_guildChannelsById.TryGetValue(channelId, out var current))
            {
                return null;
            }

            var updated = current with { Name = name ?? current.Name, PermissionOverwrites = overwrites ?? current.PermissionOverwrites };
            var guild = _guildsById[current.GuildId!];
            _guildsById[guild.Id] = guild with { Channels = guild.Channels.Replace(current, updated) };
            _guildChannelsById[channelId] = updated;
            return updated;
        }
    }

    /// <summary>Removes a guild channel and returns it; null for an unknown or DM channel.</summary>
    public Channel? DeleteChannel(string channelId)
    {
        lock (_gate)
        {
            if (!_guildChannelsById.Remove(channelId, out var removed))
            {
                return null;
            }

            var guild = _guildsById[removed.GuildId!];
            _guildsById[guild.Id] = guild with { Channels = guild.Channels.Remove(removed) };
            return removed;
        }
    }

    /// <summary>Adds a role above the known guild's others.</summary>
    public Role CreateRole(string guildId, string name, string permissions)
    {
        lock (_gate)
        {
            var guild = _guildsById[guildId];
            var role = new Role(_ids.Next(), name, permissions, guild.Roles.Length, Color: 0, Hoist: false, Managed: false, Mentionable: false, Flags: 0);
            _guildsById[guildId] = guild with { Roles = guild.Roles.Add(role) };
            return role;
        }
    }

    /// <summary>Renames a role and/or replaces its permissions; null for an unknown guild or role.</summary>
    public Role? UpdateRole(string guildId, string roleId, string? name, string? permissions)
    {
        lock (_gate)
        {
            if (FindRoleLocked(guildId, roleId) is not ({ } guild, { } current))
            {
                return null;
            }

            var updated = current with { Name = name ?? current.Name, Permissions = permissions ?? current.Permissions };
            _guildsById[guildId] = guild with { Roles = guild.Roles.Replace(current, updated) };
            return updated;
        }
    }

    /// <summary>Removes a role from the guild and from every member holding it; false for an unknown guild or role.</summary>
    public bool DeleteRole(string guildId, string roleId)
    {
        lock (_gate)
        {
            if (FindRoleLocked(guildId, roleId) is not ({ } guild, { } role))
            {
                return false;
            }

            _guildsById[guildId] = guild with { Roles = guild.Roles.Remove(role) };
            var members = _membersByGuild[guildId];
            foreach (var holder in members.Values.Where(member => member.RoleIds.Contains(roleId)).ToList())
            {
                members[holder.UserId] = holder with { RoleIds = holder.RoleIds.Remove(roleId) };
            }

            return true;
        }
    }

    private (Guild Guild, Role Role)? FindRoleLocked(string guildId, string roleId) =>
        _guildsById.GetValueOrDefault(guildId) is { } guild && guild.Roles.FirstOrDefault(role => role.Id == roleId) is { } role
            ? (guild, role)
            : null;
}
