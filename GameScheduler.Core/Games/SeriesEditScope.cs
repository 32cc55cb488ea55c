namespace GameScheduler.Core.Games;

/// <summary>Which games of a series a change applies to.</summary>
public enum SeriesEditScope
{
    /// <summary>This game and the games after it, which the series makes from it.</summary>
    ThisAndLater,

    /// <summary>This game alone: it leaves the series, which goes on with the settings it had.</summary>
    ThisGame,
}
