using GameScheduler.Core.Games;

namespace GameScheduler.Api.Games;

/// <summary>The body of cloning a game: its new start, and whether its players come along (they do not unless asked).</summary>
public sealed record CloneGameRequest(DateTimeOffset? ScheduledAt, bool? CarryOverPlayers)
{
    public GameClone ToClone() => new(ScheduledAt, CarryOverPlayers ?? false);
}
