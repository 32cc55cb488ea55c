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
        IReadOnlyList<ParticipantChange>? participantChanges = null)
    {
        var data = new GameEventData(game.Id, game.GuildId) { ParticipantChanges = participantChanges ?? [] };
        db.AddEvent(eventType, game.GuildId, data, now);
    }

    /// <summary>Records a roster change: touches the game and writes game.updated with who was affected.</summary>
    public static void AddRosterChangedEvent(
        this GameSchedulerDbContext db,
        Game game,
        Roster before,
        DateTimeOffset now,
        ParticipantChangeKind removal = ParticipantChangeKind.Removed)
    {
        game.UpdatedAt = now;
        db.AddGameEvent(EventTypes.GameUpdated, game, now, RosterDiff.Between(before, Roster.Of(game), removal));
    }
}
