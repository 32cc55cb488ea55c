using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

/// <summary>How a guild's channels follow Discord; the full sync and single channel changes apply the same rules.</summary>
internal static class GuildChannelMirror
{
    /// <summary>Stores the channel as Discord now reports it; <paramref name="stored"/> is its row, null when new.</summary>
    public static void Upsert(GameSchedulerDbContext db, string guildId, Channel? stored, ChannelSnapshot channel)
    {
        if (stored is null)
        {
            db.Channels.Add(new Channel
            {
                Id = channel.Id,
                GuildId = guildId,
                Name = channel.Name,
                PermissionOverwrites = [.. channel.PermissionOverwrites],
            });
            return;
        }

        stored.Name = channel.Name;
        stored.PermissionOverwrites = [.. channel.PermissionOverwrites];
    }

    /// <summary>
    /// Channels Discord deleted are dropped, or marked deleted while a game or template still points at them, so that
    /// those keep their channel and show that it is gone.
    /// </summary>
    public static async Task ForgetAsync(
        GameSchedulerDbContext db, string guildId, IReadOnlyCollection<string> channelIds, DateTimeOffset now, CancellationToken ct)
    {
        if (channelIds.Count == 0) return;
        var gone = db.Channels.Where(channel => channel.GuildId == guildId && channelIds.Contains(channel.Id));
        await gone
            .Where(channel => !db.Games.Any(game => game.ChannelId == channel.Id))
            .Where(channel => !db.Templates.Any(template => template.ChannelId == channel.Id))
            .ExecuteDeleteAsync(ct);
        await gone
            .Where(channel => channel.DeletedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(channel => channel.DeletedAt, now), ct);
    }
}
