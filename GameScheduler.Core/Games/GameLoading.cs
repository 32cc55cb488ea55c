using GameScheduler.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Games;

internal static class GameLoading
{
    /// <summary>Everything a <see cref="GameView"/> and the rules need.</summary>
    public static IQueryable<Game> WithDetails(this IQueryable<Game> games) => games
        .Include(game => game.Guild)
        .Include(game => game.Channel)
        .Include(game => game.Host)
        .Include(game => game.Participants).ThenInclude(participant => participant.User);

    /// <summary>
    /// Locks the game row until the transaction ends, then loads the game. Every change to a game takes this lock
    /// first (a roster change in <see cref="Participants.RosterTransaction"/>), so changes to one game happen one after
    /// another and each sees the roster the previous one left.
    /// The lock is a statement of its own: a query that waits for the lock reads the rest with the snapshot it took
    /// before waiting, so a roster loaded in the locking statement could miss the previous change.
    /// </summary>
    public static async Task<Game?> LockAndLoadAsync(this GameSchedulerDbContext db, Guid gameId, CancellationToken ct)
    {
        await db.LockGameAsync(gameId, ct);
        return await db.Games.WithDetails().SingleOrDefaultAsync(game => game.Id == gameId, ct);
    }

    private static Task<int> LockGameAsync(this GameSchedulerDbContext db, Guid gameId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"SELECT 1 FROM games WHERE id = {gameId} FOR UPDATE", ct);
}
