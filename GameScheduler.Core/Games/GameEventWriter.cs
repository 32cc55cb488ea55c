using GameScheduler.Core.Data;
using GameScheduler.Core.Events;
using GameScheduler.Core.Outbox;
using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Games;

internal static class GameEventWriter
{
    /// <summary>Records a roster change: touches the game and writes game.updated with who was affected.</summary>
    public static void AddRosterChangedEvent(
        this GameSchedulerDbContext db,
        Game game,
        Roster before,
        DateTimeOffset now,
        ParticipantChangeKind removal = ParticipantChangeKind.Removed) =>
        db.OutboxMessages.Add(RosterChangedEvent(game, before, Roster.Of(game), now, removal));

    /// <summary>As <see cref="AddRosterChangedEvent"/>, for a change that writes its rows without the unit of work.</summary>
    public static OutboxMessage RosterChangedEvent(
        Game game,
        Roster before,
        Roster after,
        DateTimeOffset now,
        ParticipantChangeKind removal = ParticipantChangeKind.Removed)
    {
        game.UpdatedAt = now;
        return OutboxWriter.NewEvent(
            new GameUpdated(game.Id, game.GuildId) { ParticipantChanges = RosterDiff.Between(before, after, removal) }, now);
    }
}
