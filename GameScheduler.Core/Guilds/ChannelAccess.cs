using GameScheduler.Core.Data;
using GameScheduler.Core.Members;
using GameScheduler.Discord.Models;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

/// <summary>
/// What a member, or the bot, may do in a guild's channels: Discord's <see cref="EffectivePermissions"/> over the
/// roles, overwrites, owner and bot roles the bot last reported.
/// </summary>
internal sealed class ChannelAccess(Guild guild, IReadOnlyDictionary<string, Permissions> rolePermissions)
{
    private const Permissions ViewAndSend = Permissions.ViewChannel | Permissions.SendMessages;

    public static async Task<ChannelAccess> LoadAsync(GameSchedulerDbContext db, Guild guild, CancellationToken ct)
    {
        var roles = await db.Roles.Where(role => role.GuildId == guild.Id).ToDictionaryAsync(role => role.Id, role => (Permissions)role.Permissions, ct);
        return new ChannelAccess(guild, roles);
    }

    public bool CanView(Membership member, Channel channel) => In(channel, Subject(member)).HasFlag(Permissions.ViewChannel);

    public bool CanPost(Membership member, Channel channel) => In(channel, Subject(member)).HasFlag(ViewAndSend);

    public bool BotCanPost(Channel channel) =>
        In(channel, new PermissionSubject(guild.Id, guild.BotUserId, IsOwner: false, guild.BotRoleIds)).HasFlag(ViewAndSend);

    private PermissionSubject Subject(Membership member) =>
        new(guild.Id, member.UserId, IsOwner: member.UserId == guild.OwnerId, member.RoleIds);

    private Permissions In(Channel channel, PermissionSubject subject) =>
        EffectivePermissions.InChannel(subject, rolePermissions, [.. channel.PermissionOverwrites.Select(ToDiscord)]);

    private static ChannelOverwrite ToDiscord(PermissionOverwrite overwrite) => new(
        overwrite.Id, (Discord.Models.PermissionOverwriteType)overwrite.Type, (Permissions)overwrite.Allow, (Permissions)overwrite.Deny);
}
