namespace GameScheduler.Core.Games;

/// <summary>A game moves Scheduled → InProgress → Completed, or from Scheduled to Cancelled.</summary>
public enum GameStatus
{
    Scheduled,
    InProgress,
    Completed,
    Cancelled,
}
