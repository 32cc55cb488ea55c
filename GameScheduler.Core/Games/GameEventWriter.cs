using GameScheduler.Core.Data;
using GameScheduler.Core.Events;
using GameScheduler.Core.Outbox;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Games;

internal static class GameEventWriter
{
    public static void AddGameEvent(
        this GameSchedulerDbContext db,
        string eventType,
        Game game,
        DateTimeOffset now,
        IReadOnlyList<ParticipantChange>? participantChanges = null) =>
        db.OutboxMessages.Add(NewGameEvent(eventType, game, now, participantChanges));

    /// <summary>The game.updated event of a roster change, telling each user what changed for them; touches the game.</summary>
    public static OutboxMessage RosterChangedEvent(
        Game game,
        Roster before,
        Roster after,
        DateTimeOffset now,
        ParticipantChangeKind removal = ParticipantChangeKind.Removed)
    {
        game.UpdatedAt = now;
        return NewGameEvent(EventTypes.GameUpdated, game, now, RosterDiff.Between(before, after, removal));
    }

    private static OutboxMessage NewGameEvent(
        string eventType,
        Game game,
        DateTimeOffset now,
        IReadOnlyList<ParticipantChange>? participantChanges) =>
        OutboxWriter.NewEvent(
            eventType, game.GuildId, new GameEventData(game.Id, game.GuildId) { ParticipantChanges = participantChanges ?? [] }, now);
}
