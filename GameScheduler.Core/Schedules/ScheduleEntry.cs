namespace GameScheduler.Core.Schedules;

/// <summary>A durable timer for a game, drained by the bot when due.</summary>
public sealed class ScheduleEntry
{
    public long Id { get; init; }
    public Guid GameId { get; init; }
    public ScheduleKind Kind { get; init; }

    /// <summary>For reminders: how many minutes before the start this one fires.</summary>
    public int? ReminderMinutes { get; init; }

    /// <summary>When it is due; a claimed tidying moves it ahead (see <see cref="AnnouncementTidying"/>).</summary>
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
}
