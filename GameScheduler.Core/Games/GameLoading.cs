using GameScheduler.Core.Data;
using GameScheduler.Core.Participants;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Games;

internal static class GameLoading
{
    /// <summary>Everything a <see cref="GameView"/> and the rules need.</summary>
    public static IQueryable<Game> WithDetails(this IQueryable<Game> games) => games
        .Include(game => game.Guild)
        .Include(game => game.Host)
        .Include(game => game.Participants).ThenInclude(participant => participant.User);

    /// <summary>
    /// Locks the game row until the transaction ends, then loads the game. Every roster change takes this lock
    /// first, so changes to one game happen one after another and each sees the roster the previous one left.
    /// The lock is a statement of its own: a query that waits for the lock reads the rest with the snapshot it took
    /// before waiting, so a roster loaded in the locking statement could miss the previous change.
    /// </summary>
    public static async Task<Game?> LockAndLoadAsync(this GameSchedulerDbContext db, Guid gameId, CancellationToken ct)
    {
        await db.LockGameAsync(gameId, ct);
        return await db.Games.WithDetails().SingleOrDefaultAsync(game => game.Id == gameId, ct);
    }

    /// <summary>
    /// Takes the same lock as <see cref="LockAndLoadAsync"/> but leaves the game and its roster untracked, for a
    /// change that writes only new rows: saving then has no roster to scan for changes.
    /// </summary>
    /// <remarks>
    /// Two statements instead of three: the lock comes with the game row itself, which a statement that waited for the
    /// lock reads in its newest version; the roster follows in a statement of its own, which sees the previous change.
    /// </remarks>
    public static async Task<Game?> LockAndReadAsync(this GameSchedulerDbContext db, Guid gameId, CancellationToken ct)
    {
        var game = await db.Games
            .FromSql($"SELECT * FROM games WHERE id = {gameId} FOR UPDATE")
            .Include(game => game.Guild)
            .Include(game => game.Host)
            .AsNoTracking()
            .SingleOrDefaultAsync(ct);
        if (game is null) return null;

        // A projection rather than an Include: untracked includes mark every loaded navigation one by one, which for a
        // long roster was a tenth of the Api's allocations per join.
        game.Participants.AddRange(await db.Participants
            .Where(participant => participant.GameId == gameId)
            .Select(participant => new Participant
            {
                Id = participant.Id,
                GameId = participant.GameId,
                UserId = participant.UserId,
                User = participant.User,
                PlaceholderName = participant.PlaceholderName,
                PositionType = participant.PositionType,
                Position = participant.Position,
                JoinedAt = participant.JoinedAt,
            })
            .AsNoTracking()
            .ToListAsync(ct));
        return game;
    }

    /// <summary>
    /// Has the next save write the <see cref="Game.UpdatedAt"/> of a game read with <see cref="LockAndReadAsync"/>, in
    /// the same batch as the rows the change adds rather than in a round trip of its own.
    /// </summary>
    public static void SaveUpdatedAt(this GameSchedulerDbContext db, Game untracked)
    {
        // Only the key and updated_at are written; the other members are set because the type requires them.
        var stub = new Game
        {
            Id = untracked.Id,
            GuildId = untracked.GuildId,
            ChannelId = untracked.ChannelId,
            HostId = untracked.HostId,
            Title = untracked.Title,
            UpdatedAt = untracked.UpdatedAt,
        };
        db.Games.Attach(stub).Property(game => game.UpdatedAt).IsModified = true;
    }

    private static Task<int> LockGameAsync(this GameSchedulerDbContext db, Guid gameId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"SELECT 1 FROM games WHERE id = {gameId} FOR UPDATE", ct);
}
