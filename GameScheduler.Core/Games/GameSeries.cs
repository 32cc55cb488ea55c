using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Games;

/// <summary>
/// How a repeating game goes on. The latest game of a series makes the next one, at the time its
/// <see cref="Game.Recurrence"/> gives, when it starts (or is cancelled, or is changed on its own); so an edit of the
/// latest game is an edit of every later one, and the series always has one game ahead once the current one is under way.
/// The next game keeps the title, description, channel, host and settings; with <see cref="Game.CarryOverPlayers"/> its
/// confirmed players too, who are asked to confirm by <see cref="Game.ConfirmBy"/> or lose their seat.
/// </summary>
public static class GameSeries
{
    public const int DefaultConfirmMinutesBefore = 24 * 60;
    public const int LongestConfirmMinutesBefore = 30 * 24 * 60;

    /// <summary>
    /// The next game of the series <paramref name="game"/> is the latest of: the first occurrence of its rule after its
    /// start that still lies ahead; null when the rule has ended.
    /// </summary>
    public static Game? NextOf(Game game, DateTimeOffset now)
    {
        if (game.Recurrence is not { } rule) return null;

        var (start, number) = (game.ScheduledAt, game.SeriesNumber);
        // A game whose start was handled late (the bot was down) skips the occurrences that passed meanwhile.
        do
        {
            if (rule.NextAfter(start, number, game.TimeZone) is not { } next) return null;
            (start, number) = (next, number + 1);
        }
        while (start <= now);

        var successor = GameCopies.Of(game, GameSettings.Of(game) with { ScheduledAt = start, PostAt = null }, now, game.SeriesId, number);
        successor.ConfirmBy = game.CarryOverPlayers ? start.AddMinutes(-game.ConfirmMinutesBefore) : null;
        if (successor.ConfirmBy <= now) successor.ConfirmBy = null;
        if (game.CarryOverPlayers)
        {
            successor.Participants.AddRange(Roster.Of(game).Confirmed.Select(player =>
                GameCopies.SeatOf(player, successor.Id, now, awaitingConfirmation: successor.ConfirmBy is not null && player.UserId is not null)));
        }
        return successor;
    }

    /// <summary>The players of a new next game who were carried over and are asked to confirm, as the creation event tells them.</summary>
    public static IReadOnlyList<ParticipantChange> CarriedOver(Game successor) =>
        [.. successor.Participants
            .Where(player => player.AwaitingConfirmation && player.UserId is not null)
            .Select(player => new ParticipantChange(player.UserId!, ParticipantChangeKind.CarriedOver))];

    /// <summary>Gives <paramref name="game"/> its rule, starting a series with it as the first game when it had none.</summary>
    public static void Repeat(Game game, Recurrence? recurrence)
    {
        game.Recurrence = recurrence;
        if (recurrence is not null) game.SeriesId ??= game.Id;
    }

    /// <summary>Takes a game out of its series, after its next game was made, so that a change of it alone stays its own.</summary>
    public static void Detach(Game game)
    {
        game.Recurrence = null;
        game.SeriesId = null;
    }
}
