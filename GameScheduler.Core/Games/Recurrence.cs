using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace GameScheduler.Core.Games;

/// <summary>
/// The rule of a game series, read as RFC 5545 reads it with the first game's start as DTSTART: each game keeps the
/// wall-clock time of the one before in the game's time zone, across DST changes.
/// </summary>
/// <param name="Interval">Weeks or months between two games.</param>
/// <param name="ByWeekdayOfMonth">Monthly only: the k-th (-1 = last) weekday of the month, the weekday being the start's; null = the start's day of the month.</param>
/// <param name="Until">No game of the series starts after it.</param>
/// <param name="Count">The number of games in the whole series, the first one included.</param>
public sealed record Recurrence(
    RecurrenceFrequency Frequency,
    int Interval = 1,
    int? ByWeekdayOfMonth = null,
    DateTimeOffset? Until = null,
    int? Count = null)
{
    public const int MaxInterval = 52;
    public const int MaxCount = 520;

    /// <summary>How far after its first game (or a template's edit) a series' <see cref="Until"/> may lie.</summary>
    public const int LongestYears = 10;

    /// <summary>The start of the game after the one starting at <paramref name="current"/>, or null when the series ends with it.</summary>
    /// <param name="number">Which game of the series <paramref name="current"/> is, the first being 1.</param>
    /// <param name="timeZone">The games' IANA time zone; null or unknown = UTC.</param>
    public DateTimeOffset? NextAfter(DateTimeOffset current, int number, string? timeZone)
    {
        if (number >= Count) return null;

        var zone = ZoneOf(timeZone);
        var wallTime = TimeZoneInfo.ConvertTime(current, zone).DateTime;
        var series = new CalendarEvent { DtStart = new CalDateTime(wallTime, zone.Id), RecurrenceRule = PatternFrom(wallTime) };

        var next = series.GetOccurrences()
            .Select(occurrence => new DateTimeOffset(occurrence.Period.StartTime.AsUtc, TimeSpan.Zero))
            .First(start => start > current);
        return next > Until ? null : next;
    }

    /// <summary>Short English for announcements, e.g. "Every 2 weeks on Friday, 8 times".</summary>
    public string Describe(DateTimeOffset start, string? timeZone)
    {
        var zone = ZoneOf(timeZone);
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var every = (Frequency, Interval) switch
        {
            (RecurrenceFrequency.Weekly, 1) => "Every week",
            (RecurrenceFrequency.Weekly, _) => $"Every {Interval} weeks",
            (_, 1) => "Monthly",
            _ => $"Every {Interval} months",
        };
        var on = Frequency == RecurrenceFrequency.Weekly ? $"on {local.DayOfWeek}"
            : ByWeekdayOfMonth is { } k ? $"on the {OrdinalWord(k)} {local.DayOfWeek}"
            : $"on day {local.Day}";
        var end = Until is { } until ? $", until {TimeZoneInfo.ConvertTime(until, zone).ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"
            : Count is { } count ? $", {count} times"
            : "";
        return $"{every} {on}{end}";
    }

    /// <summary>
    /// This rule for a series starting at <paramref name="start"/>: a template's "monthly on a weekday of the month"
    /// means the weekday of the month the game starts on (its last one stays the last where the start is the last).
    /// </summary>
    public Recurrence FittedTo(DateTimeOffset start, string? timeZone)
    {
        if (ByWeekdayOfMonth is not { } k || Frequency != RecurrenceFrequency.Monthly) return this;
        var (ordinal, isLast) = WeekdayOfMonth(start, timeZone);
        return this with { ByWeekdayOfMonth = k == -1 && isLast ? -1 : ordinal };
    }

    /// <summary>Which of its month's weekdays of that kind <paramref name="start"/> falls on (1 to 5), and whether it is the last.</summary>
    internal static (int Ordinal, bool IsLast) WeekdayOfMonth(DateTimeOffset start, string? timeZone)
    {
        var local = TimeZoneInfo.ConvertTime(start, ZoneOf(timeZone));
        return ((local.Day - 1) / 7 + 1, local.Day + 7 > DateTime.DaysInMonth(local.Year, local.Month));
    }

    /// <summary>The zone a series' times are read in; an unknown zone is the time_zone field's error, read here as UTC.</summary>
    internal static TimeZoneInfo ZoneOf(string? timeZone) =>
        timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    private RecurrencePattern PatternFrom(DateTime wallTime)
    {
        var pattern = new RecurrencePattern(Frequency == RecurrenceFrequency.Weekly ? FrequencyType.Weekly : FrequencyType.Monthly, Interval);
        if (Frequency == RecurrenceFrequency.Monthly)
        {
            if (ByWeekdayOfMonth is { } k) pattern.ByDay.Add(new WeekDay(wallTime.DayOfWeek, k));
            else pattern.ByMonthDay.Add(wallTime.Day);
        }

        return pattern;
    }

    private static string OrdinalWord(int k) => k switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        5 => "fifth",
        _ => "last",
    };
}
