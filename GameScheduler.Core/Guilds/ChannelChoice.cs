using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using GameScheduler.Core.Members;
using GameScheduler.Core.Templates;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

/// <summary>Why a channel cannot be chosen for a game or a template; a result of either command.</summary>
public interface IChannelChoiceResult : IGameChangeResult, ITemplateChangeResult;

/// <summary>
/// The rule for choosing a channel for a game or template: the caller must see it (else it does not exist for them),
/// it must still exist on Discord, and both the caller and the bot must be able to view it and send messages in it.
/// </summary>
internal static class ChannelChoice
{
    public const string DeletedChannel = "This channel was deleted on Discord.";

    /// <summary>
    /// Null when the caller may choose the channel, or when it is no channel of the guild at all (validation reports
    /// that with the other fields); else why not.
    /// </summary>
    /// <param name="field">The field that names the channel, for a validation problem.</param>
    public static async Task<IChannelChoiceResult?> RefusalAsync(
        GameSchedulerDbContext db, Caller caller, string guildId, string channelId, CancellationToken ct, string field = "channel_id")
    {
        var guild = await db.Guilds.AsNoTracking().SingleAsync(guild => guild.Id == guildId, ct);
        if (caller.MemberOf(guild) is not { } member) return ResourceNotFound.Instance;
        var channel = await db.Channels.AsNoTracking().SingleOrDefaultAsync(channel => channel.Id == channelId && channel.GuildId == guildId, ct);
        if (channel is null) return null;

        var access = await ChannelAccess.LoadAsync(db, guild, ct);
        if (!access.CanView(member, channel)) return ResourceNotFound.Instance;
        if (channel.DeletedAt is not null) return ValidationFailed.For(field, DeletedChannel);
        if (!access.CanPost(member, channel)) return new Forbidden(Refusals.CannotPostInChannel);
        return access.BotCanPost(channel) ? null : new Forbidden(Refusals.BotCannotPostInChannel);
    }
}
