using GameScheduler.Core.Data;
using GameScheduler.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

/// <summary>Guilds the caller shares with the bot, and their channels and roles. A guild the caller is not in reads as absent.</summary>
public sealed class GuildQueries(GameSchedulerDbContext db)
{
    public async Task<IReadOnlyList<GuildView>> ListAsync(Caller caller, CancellationToken cancellationToken)
    {
        var guildIds = caller.Guilds.Keys.ToList();
        var guilds = await db.Guilds.AsNoTracking().Where(guild => guildIds.Contains(guild.Id)).OrderBy(guild => guild.Name).ToListAsync(cancellationToken);
        return [.. guilds.Select(guild => GuildView.Of(guild, caller.MemberOf(guild)!))];
    }

    public async Task<GuildView?> FindAsync(Caller caller, string guildId, CancellationToken cancellationToken)
    {
        var guild = await db.Guilds.AsNoTracking().SingleOrDefaultAsync(guild => guild.Id == guildId, cancellationToken);
        return guild is not null && caller.MemberOf(guild) is { } member ? GuildView.Of(guild, member) : null;
    }

    /// <summary>
    /// The guild's channels the caller can view on Discord, by name; channels deleted on Discord are left out. Null
    /// when the guild is absent for the caller.
    /// </summary>
    public async Task<IReadOnlyList<ChannelView>?> ChannelsAsync(Caller caller, string guildId, CancellationToken cancellationToken)
    {
        var guild = await db.Guilds.AsNoTracking().SingleOrDefaultAsync(guild => guild.Id == guildId, cancellationToken);
        if (guild is null || caller.MemberOf(guild) is not { } member) return null;

        var access = await ChannelAccess.LoadAsync(db, guild, cancellationToken);
        var channels = await db.Channels.AsNoTracking().Where(channel => channel.GuildId == guildId && channel.DeletedAt == null)
            .OrderBy(channel => channel.Name).ToListAsync(cancellationToken);
        return [.. channels.Where(channel => access.CanView(member, channel)).Select(channel => new ChannelView(channel.Id, channel.Name))];
    }

    /// <summary>The guild's roles by name, or null when the guild is absent for the caller.</summary>
    public async Task<IReadOnlyList<RoleView>?> RolesAsync(Caller caller, string guildId, CancellationToken cancellationToken) =>
        await IsVisibleAsync(caller, guildId, cancellationToken)
            ? await db.Roles.Where(role => role.GuildId == guildId).OrderBy(role => role.Name)
                .Select(role => new RoleView(role.Id, role.Name)).ToListAsync(cancellationToken)
            : null;

    private async Task<bool> IsVisibleAsync(Caller caller, string guildId, CancellationToken cancellationToken) =>
        caller.Guilds.ContainsKey(guildId) && await db.Guilds.AnyAsync(guild => guild.Id == guildId, cancellationToken);
}
