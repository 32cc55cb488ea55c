namespace GameScheduler.Core.Schedules;

/// <summary>A durable timer for a game, drained by the bot when due.</summary>
public sealed class ScheduleEntry
{
    public long Id { get; init; }
    public Guid GameId { get; init; }
    public ScheduleKind Kind { get; init; }

    /// <summary>For reminders: how many minutes before the start this one fires.</summary>
    public int? ReminderMinutes { get; init; }

    public DateTimeOffset DueAt { get; init; }
    public DateTimeOffset? ProcessedAt { get; set; }
}
