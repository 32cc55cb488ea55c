using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GameScheduler.Core.Users;

/// <summary>Keeps the users table in step with what Discord last told us about each user.</summary>
public sealed class UserDirectory(GameSchedulerDbContext db, TimeProvider time)
{
    /// <summary>
    /// Writes the profile to the users table, committing at once (call it before a transaction, so that the transaction
    /// holds no user row while it waits for a game), so that a later <see cref="Attach"/> can rely on it.
    /// </summary>
    public async Task EnsureAsync(UserProfile profile, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection())
            {
                BatchCommands = { ProfileUpsert.Command(db.Model, profile, time.GetUtcNow()) },
            };
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The user of a profile <see cref="EnsureAsync"/> stored, tracked as unchanged, without reading it back.</summary>
    public User Attach(UserProfile profile)
    {
        if (db.Users.Local.FindEntry(profile.Id) is { } tracked) return tracked.Entity;
        var user = profile.ToUser(time.GetUtcNow());
        db.Users.Attach(user);
        return user;
    }
}
