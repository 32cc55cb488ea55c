namespace GameScheduler.Bot.Schedules;

/// <summary>What one drain did: schedule entries handled, reminder DMs sent and announcements tidied.</summary>
internal readonly record struct DrainResult(int Entries, int RemindersSent, int AnnouncementsTidied = 0)
{
    /// <summary>A full batch suggests more are due already.</summary>
    public bool FilledABatch(int batchSize) => Entries >= batchSize || RemindersSent >= batchSize || AnnouncementsTidied >= batchSize;

    public static DrainResult None => default;
}
