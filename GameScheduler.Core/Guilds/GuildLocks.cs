using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

internal static class GuildLocks
{
    /// <summary>
    /// The guild's row, locked until the transaction ends, or null when the guild is unknown: every change to a guild's
    /// mirror takes this lock, so a full sync and single changes (from one bot instance or several) take turns.
    /// </summary>
    public static async Task<Guild?> LockAsync(GameSchedulerDbContext db, string guildId, CancellationToken ct) =>
        (await db.Guilds.FromSql($"SELECT * FROM guilds WHERE id = {guildId} FOR UPDATE").ToListAsync(ct)).SingleOrDefault();
}
