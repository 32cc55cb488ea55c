using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Guilds;

/// <summary>
/// Applies one change Discord reports about a guild the bot is in (a renamed guild, a new or deleted role) to its
/// mirror, under the same lock and rules as <see cref="GuildSyncService"/>. A change to a guild not yet synced is
/// skipped: its GUILD_CREATE brings everything.
/// </summary>
public sealed class GuildChangeService(GameSchedulerDbContext db, TimeProvider time)
{
    public Task UpdateGuildAsync(GuildProfile profile, CancellationToken cancellationToken) =>
        ChangeAsync(profile.Id, (guild, _) =>
        {
            profile.ApplyTo(guild, time.GetUtcNow());
            return Task.CompletedTask;
        }, cancellationToken);

    public Task UpsertRoleAsync(string guildId, RoleSnapshot role, CancellationToken cancellationToken) =>
        ChangeAsync(guildId, async (guild, ct) =>
        {
            var stored = await db.Roles.SingleOrDefaultAsync(stored => stored.GuildId == guild.Id && stored.Id == role.Id, ct);
            GuildRoleMirror.Upsert(db, guild.Id, stored, role);
        }, cancellationToken);

    public Task DeleteRoleAsync(string guildId, string roleId, CancellationToken cancellationToken) =>
        ChangeAsync(guildId, (guild, ct) => GuildRoleMirror.ForgetAsync(db, guild, [roleId], ct), cancellationToken);

    private Task ChangeAsync(string guildId, Func<Guild, CancellationToken, Task> change, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            if (await GuildLocks.LockAsync(db, guildId, ct) is not { } guild) return;
            await change(guild, ct);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
}
