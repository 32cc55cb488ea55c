using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

internal static class GuildLocks
{
    /// <summary>
    /// The guild's row, locked until the transaction ends, or null when the guild is unknown: every change to a guild's
    /// mirror takes this lock, so a full sync and single changes (from one bot instance or several) take turns. A guild
    /// the bot was removed from is found too: its mirror is kept for when the bot comes back.
    /// </summary>
    public static async Task<Guild?> LockAsync(GameSchedulerDbContext db, string guildId, CancellationToken ct) =>
        (await db.Guilds.FromSql($"SELECT * FROM guilds WHERE id = {guildId} FOR UPDATE").IgnoreQueryFilters().ToListAsync(ct)).SingleOrDefault();
}
