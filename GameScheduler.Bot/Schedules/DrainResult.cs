namespace GameScheduler.Bot.Schedules;

/// <summary>What one drain did: schedule entries handled and reminder DMs sent.</summary>
internal readonly record struct DrainResult(int Entries, int RemindersSent)
{
    public static DrainResult None => default;
}
