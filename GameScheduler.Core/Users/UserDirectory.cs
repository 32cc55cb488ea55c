using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Users;

/// <summary>Keeps the users table in step with what Discord last told us about each user.</summary>
public sealed class UserDirectory(GameSchedulerDbContext db, RecentProfiles recent, TimeProvider time)
{
    /// <summary>
    /// Makes sure the users table has this profile, committing at once, outside any transaction, so that a later
    /// <see cref="Attach"/> can rely on it. Costs nothing when this process wrote the same profile lately.
    /// </summary>
    public async Task EnsureAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("EnsureAsync commits on its own; call it before the transaction.");
        }

        if (recent.IsCurrent(profile)) return;
        var now = time.GetUtcNow();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO users (id, username, display_name, avatar_hash, created_at, updated_at)
            VALUES ({profile.Id}, {profile.Username}, {profile.DisplayName}, {profile.AvatarHash}, {now}, {now})
            ON CONFLICT (id) DO UPDATE SET
                username = excluded.username,
                display_name = excluded.display_name,
                avatar_hash = excluded.avatar_hash,
                updated_at = excluded.updated_at
            WHERE (users.username, users.display_name, users.avatar_hash)
                IS DISTINCT FROM (excluded.username, excluded.display_name, excluded.avatar_hash)
            """, cancellationToken);
        recent.Written(profile);
    }

    /// <summary>The user of a profile <see cref="EnsureAsync"/> stored, tracked as unchanged, without reading it back.</summary>
    public User Attach(UserProfile profile)
    {
        if (db.Users.Local.FindEntry(profile.Id) is { } tracked) return tracked.Entity;
        var user = profile.ToUser();
        db.Users.Attach(user);
        return user;
    }
}
