namespace GameScheduler.Core.Schedules;

/// <summary>
/// One recipient's DM of one due reminder. Written when the reminder falls due, in the transaction that marks the
/// reminder done; sent afterwards, so a recipient who got the DM is never sent it again and one who did not is
/// retried, up to <see cref="ReminderDeliveries.MaxAttempts"/> times.
/// </summary>
public sealed class ReminderDelivery
{
    public long Id { get; init; }
    public long ScheduleEntryId { get; init; }
    public Guid GameId { get; init; }
    public required string RecipientUserId { get; init; }

    /// <summary>Sends started so far; a send that neither succeeded nor failed (a crash) counts too.</summary>
    public int Attempts { get; set; }

    /// <summary>When the next send may start: due time at first, then after each attempt's retry delay.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
