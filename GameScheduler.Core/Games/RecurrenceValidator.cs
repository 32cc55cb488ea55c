namespace GameScheduler.Core.Games;

/// <summary>Field rules for a game series; errors are keyed recurrence.{snake_case field} as in the REST contract.</summary>
public static class RecurrenceValidator
{
    /// <param name="scheduledAt">The start of the series' first game.</param>
    /// <param name="timeZone">The game's time zone; an unknown one is the time_zone field's error and read here as UTC.</param>
    public static void AddErrors(Recurrence? recurrence, DateTimeOffset scheduledAt, string? timeZone, IDictionary<string, string[]> errors)
    {
        if (recurrence is null) return;
        AddRuleErrors(recurrence, errors);

        if (recurrence.ByWeekdayOfMonth is { } weekdayOfMonth && !errors.ContainsKey(WeekdayOfMonthField))
        {
            var (startsOn, startsOnLast) = Recurrence.WeekdayOfMonth(scheduledAt, timeZone);
            if (weekdayOfMonth != startsOn && !(weekdayOfMonth == -1 && startsOnLast))
            {
                var weekday = TimeZoneInfo.ConvertTime(scheduledAt, Recurrence.ZoneOf(timeZone)).DayOfWeek;
                errors[WeekdayOfMonthField] =
                    [$"The game starts on the {Ordinal(startsOn)} {weekday} of its month, not the {Ordinal(weekdayOfMonth)}."];
            }
        }

        AddUntilErrors(recurrence, scheduledAt, "The series cannot end before its first game.", errors);
    }

    /// <summary>The checks of a template's default rule, made at <paramref name="now"/>: they need no start.</summary>
    public static void AddTemplateErrors(Recurrence? recurrence, DateTimeOffset now, IDictionary<string, string[]> errors)
    {
        if (recurrence is null) return;
        AddRuleErrors(recurrence, errors);
        AddUntilErrors(recurrence, now, "The series cannot end in the past.", errors);
    }

    private static void AddUntilErrors(Recurrence recurrence, DateTimeOffset earliest, string tooEarly, IDictionary<string, string[]> errors)
    {
        // A start near the end of the calendar is the start's own error; it must not make this check overflow.
        var latest = earliest.Year > DateTimeOffset.MaxValue.Year - Recurrence.LongestYears ? DateTimeOffset.MaxValue : earliest.AddYears(Recurrence.LongestYears);
        if (recurrence.Until < earliest) errors["recurrence.until"] = [tooEarly];
        else if (recurrence.Until > latest)
            errors["recurrence.until"] = [$"The series must end within {Recurrence.LongestYears} years."];
    }

    private static void AddRuleErrors(Recurrence recurrence, IDictionary<string, string[]> errors)
    {
        void Fail(string field, string message) => errors[$"recurrence.{field}"] = [message];

        if (!Enum.IsDefined(recurrence.Frequency)) Fail("frequency", "Unknown frequency.");
        if (recurrence.Interval is < 1 or > Recurrence.MaxInterval)
            Fail("interval", $"The interval must be between 1 and {Recurrence.MaxInterval}.");

        if (recurrence.ByWeekdayOfMonth is { } weekdayOfMonth)
        {
            if (recurrence.Frequency != RecurrenceFrequency.Monthly)
                Fail("by_weekday_of_month", "A weekday of the month applies only to a monthly series.");
            else if (weekdayOfMonth is not (>= 1 and <= 5 or -1))
                Fail("by_weekday_of_month", "The weekday of the month must be 1 to 5, or -1 for the last.");
        }

        if (recurrence.Count is < 1 or > Recurrence.MaxCount)
            Fail("count", $"The number of games must be between 1 and {Recurrence.MaxCount}.");
        else if (recurrence.Count is not null && recurrence.Until is not null)
            Fail("count", "A series ends either after a number of games or on a date, not both.");
    }

    private const string WeekdayOfMonthField = "recurrence.by_weekday_of_month";

    private static string Ordinal(int weekdayOfMonth) => weekdayOfMonth switch
    {
        -1 => "last",
        1 => "1st",
        2 => "2nd",
        3 => "3rd",
        _ => $"{weekdayOfMonth}th",
    };
}
