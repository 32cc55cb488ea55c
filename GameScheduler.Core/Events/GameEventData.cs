using GameScheduler.Core.Participants;

namespace GameScheduler.Core.Events;

/// <summary>The <c>data</c> of game.created, game.updated and game.cancelled.</summary>
public sealed record GameEventData(Guid GameId, string GuildId)
{
    /// <summary>Who was added, promoted, demoted or removed by this change; empty for other edits.</summary>
    public IReadOnlyList<ParticipantChange> ParticipantChanges { get; init; } = [];
}
