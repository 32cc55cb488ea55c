namespace GameScheduler.Core.Games;

/// <summary>A request to copy a game to another time; with <paramref name="CarryOverPlayers"/> its roster comes along, in order.</summary>
public sealed record GameClone(DateTimeOffset? ScheduledAt, bool CarryOverPlayers);
