using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Users;

/// <summary>Keeps the users table in step with what Discord last told us about each user.</summary>
public sealed class UserDirectory(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>Inserts or refreshes the user in one statement (safe under concurrent first sightings) and returns it tracked.</summary>
    public async Task<User> UpsertAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await db.Users
            .FromSql($"""
                INSERT INTO users (id, username, display_name, avatar_hash, created_at, updated_at)
                VALUES ({profile.Id}, {profile.Username}, {profile.DisplayName}, {profile.AvatarHash}, {now}, {now})
                ON CONFLICT (id) DO UPDATE SET
                    username = excluded.username,
                    display_name = excluded.display_name,
                    avatar_hash = excluded.avatar_hash,
                    updated_at = excluded.updated_at
                RETURNING *
                """)
            .ToListAsync(cancellationToken);
        return rows.Single();
    }
}
