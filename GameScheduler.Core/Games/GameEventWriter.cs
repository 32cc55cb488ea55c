using GameScheduler.Core.Events;
using GameScheduler.Core.Outbox;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Games;

internal static class GameEventWriter
{
    /// <summary>The game.updated event of a roster change, telling each user what changed for them; touches the game.</summary>
    public static OutboxMessage RosterChangedEvent(
        Game game,
        Roster before,
        Roster after,
        DateTimeOffset now,
        ParticipantChangeKind removal = ParticipantChangeKind.Removed)
    {
        game.Touch(now);
        var changes = RosterDiff.Between(before, after, removal);
        return OutboxWriter.NewEvent(new GameUpdated(game.Id, game.GuildId) { ParticipantChanges = changes, RosterOnly = true }, now);
    }
}
