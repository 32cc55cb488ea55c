using GameScheduler.Core.Data;
using GameScheduler.Core.Events;
using GameScheduler.Core.Outbox;

namespace GameScheduler.Core.Guilds;

/// <summary>Announces that a user left a guild, so every open web stream of theirs stops showing its events.</summary>
public sealed class MemberRemovalService(GameSchedulerDbContext db, TimeProvider time)
{
    public async Task RecordAsync(string guildId, string userId, CancellationToken cancellationToken)
    {
        db.AddEvent(new GuildMemberRemoved(guildId, userId), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
