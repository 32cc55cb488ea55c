using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Events;

/// <summary>The <c>data</c> shared by <see cref="GameCreated"/>, <see cref="GameUpdated"/> and <see cref="GameCancelled"/>.</summary>
public abstract record GameEvent(Guid GameId, string GuildId)
{
    /// <summary>Who was added, promoted, demoted or removed by this change; empty for other edits.</summary>
    public IReadOnlyList<ParticipantChange> ParticipantChanges { get; init; } = [];

    /// <summary>
    /// Only the roster changed, nothing else of the game: nobody but the users in <see cref="ParticipantChanges"/> may
    /// do anything new with it (join, leave, edit), so viewers can take the new state without asking for their own.
    /// </summary>
    public bool RosterOnly { get; init; }
}
