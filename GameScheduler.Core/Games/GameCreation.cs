using GameScheduler.Core.Data;
using GameScheduler.Core.Events;
using GameScheduler.Core.Outbox;
using GameScheduler.Core.Schedules;
using Microsoft.EntityFrameworkCore;

namespace GameScheduler.Core.Games;

internal static class GameCreation
{
    /// <summary>
    /// The one way a game comes to be: with its timers and the game.created event that has the bot announce it (and ask
    /// the players carried over from the previous game of its series to confirm).
    /// </summary>
    public static async Task AddGameAsync(this GameSchedulerDbContext db, Game game, DateTimeOffset now, CancellationToken ct)
    {
        db.Games.Add(game);
        await db.ReplaceScheduleAsync(game, now, ct);
        db.AddEvent(new GameCreated(game.Id, game.GuildId) { ParticipantChanges = GameSeries.CarriedOver(game) }, now);
    }

    /// <summary>
    /// Makes the next game of <paramref name="game"/>'s series, unless the series has ended or a later game of it exists
    /// already. The caller holds the game's row lock, so two callers cannot both make it.
    /// </summary>
    public static async Task ContinueSeriesAsync(this GameSchedulerDbContext db, Game game, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.NextInSeriesAsync(game, now, ct) is { } next) await db.AddGameAsync(next, now, ct);
    }

    /// <summary>The next game <see cref="ContinueSeriesAsync"/> would make, not yet added; null when it would make none.</summary>
    public static async Task<Game?> NextInSeriesAsync(this GameSchedulerDbContext db, Game game, DateTimeOffset now, CancellationToken ct)
    {
        if (game.Recurrence is null || game.SeriesId is not { } seriesId) return null;
        if (await db.Games.AnyAsync(later => later.SeriesId == seriesId && later.SeriesNumber > game.SeriesNumber, ct)) return null;
        return GameSeries.NextOf(game, now);
    }
}
