using GameScheduler.Core.Data;
using GameScheduler.Core.Games;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Schedules;

internal static class ScheduleWriter
{
    /// <summary>Drops the game's pending timers and plans them anew (none once it is cancelled); a planned tidying stays.</summary>
    public static async Task ReplaceScheduleAsync(this GameSchedulerDbContext db, Game game, DateTimeOffset now, CancellationToken ct)
    {
        await db.ScheduleEntries
            .Where(entry => entry.GameId == game.Id && entry.ProcessedAt == null && entry.Kind != ScheduleKind.Tidy)
            .ExecuteDeleteAsync(ct);
        db.ScheduleEntries.AddRange(SchedulePlanner.Plan(game, now));
    }
}
