namespace GameScheduler.Core.Games;

/// <summary>What becomes of a game's Discord announcement once the game is completed or cancelled.</summary>
public enum AfterGame
{
    /// <summary>The announcement stays where it is.</summary>
    Keep,

    /// <summary>The announcement is deleted.</summary>
    Delete,

    /// <summary>A short summary goes to the archive channel and the announcement is deleted.</summary>
    Archive,
}
