using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Events;

/// <summary>The <c>data</c> shared by <see cref="GameCreated"/>, <see cref="GameUpdated"/> and <see cref="GameCancelled"/>.</summary>
public abstract record GameEvent(Guid GameId, string GuildId)
{
    /// <summary>Who was added, promoted, demoted or removed by this change; empty for other edits.</summary>
    public IReadOnlyList<ParticipantChange> ParticipantChanges { get; init; } = [];
}
