namespace GameScheduler.Core.Games;

/// <summary>How often the games of a series follow each other.</summary>
public enum RecurrenceFrequency
{
    /// <summary>Every few weeks, on the first game's weekday.</summary>
    Weekly,

    /// <summary>Every few months, on the first game's day of the month or on its k-th weekday of the month.</summary>
    Monthly,
}
