using GameScheduler.Core.Games;

namespace GameScheduler.Core.Tests.Rules;

public sealed class RecurrenceValidatorTests
{
    private const string Berlin = "Europe/Berlin";

    /// <summary>Friday 15 January 2027, 20:00 in Berlin: the third Friday of its month.</summary>
    private static readonly DateTimeOffset ThirdFriday = DateTimeOffset.Parse("2027-01-15T20:00:00+01:00");

    [Theory]
    [MemberData(nameof(ValidRules))]
    public void A_valid_rule_gives_no_errors(Recurrence? recurrence)
    {
        Assert.Empty(Errors(recurrence));
    }

    public static TheoryData<Recurrence?> ValidRules() =>
    [
        null,
        new Recurrence(RecurrenceFrequency.Weekly),
        new Recurrence(RecurrenceFrequency.Weekly, Recurrence.MaxInterval, Count: Recurrence.MaxCount),
        new Recurrence(RecurrenceFrequency.Monthly, ByWeekdayOfMonth: 3, Until: ThirdFriday),
        new Recurrence(RecurrenceFrequency.Monthly, Count: 1),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(Recurrence.MaxInterval + 1)]
    public void The_interval_must_be_between_1_and_52(int interval)
    {
        var errors = Errors(new Recurrence(RecurrenceFrequency.Weekly, interval));

        Assert.Equal(["The interval must be between 1 and 52."], errors["recurrence.interval"]);
    }

    [Fact]
    public void An_unknown_frequency_is_refused()
    {
        var errors = Errors(new Recurrence((RecurrenceFrequency)7));

        Assert.Equal(["recurrence.frequency"], errors.Keys);
    }

    [Fact]
    public void A_weekday_of_the_month_applies_only_to_a_monthly_series()
    {
        var errors = Errors(new Recurrence(RecurrenceFrequency.Weekly, ByWeekdayOfMonth: 3));

        Assert.Equal(["A weekday of the month applies only to a monthly series."], errors["recurrence.by_weekday_of_month"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-2)]
    public void The_weekday_of_the_month_is_1_to_5_or_minus_1(int byWeekdayOfMonth)
    {
        var errors = Errors(new Recurrence(RecurrenceFrequency.Monthly, ByWeekdayOfMonth: byWeekdayOfMonth));

        Assert.Equal(["The weekday of the month must be 1 to 5, or -1 for the last."], errors["recurrence.by_weekday_of_month"]);
    }

    [Theory]
    [InlineData(2, "The game starts on the 3rd Friday of its month, not the 2nd.")]
    [InlineData(-1, "The game starts on the 3rd Friday of its month, not the last.")]
    public void The_start_must_be_on_the_given_weekday_of_its_month(int byWeekdayOfMonth, string message)
    {
        var errors = Errors(new Recurrence(RecurrenceFrequency.Monthly, ByWeekdayOfMonth: byWeekdayOfMonth));

        Assert.Equal([message], errors["recurrence.by_weekday_of_month"]);
    }

    [Theory]
    [InlineData("2027-01-29T20:00:00+01:00", 5)]
    [InlineData("2027-01-29T20:00:00+01:00", -1)]
    [InlineData("2027-02-26T20:00:00+01:00", 4)]
    [InlineData("2027-02-26T20:00:00+01:00", -1)]
    public void The_last_weekday_of_a_month_is_also_its_4th_or_5th(string start, int byWeekdayOfMonth)
    {
        var errors = Errors(new Recurrence(RecurrenceFrequency.Monthly, ByWeekdayOfMonth: byWeekdayOfMonth), DateTimeOffset.Parse(start));

        Assert.Empty(errors);
    }

    [Fact]
    public void The_weekday_of_the_month_is_read_in_the_games_time_zone()
    {
        // Friday 8 January 00:30 in Berlin is still Thursday 7 January in UTC.
        var secondFridayInBerlin = DateTimeOffset.Parse("2027-01-07T23:30:00Z");
        var recurrence = new Recurrence(RecurrenceFrequency.Monthly, ByWeekdayOfMonth: 2);

        Assert.Empty(Errors(recurrence, secondFridayInBerlin));
        Assert.Equal(
            ["The game starts on the 1st Thursday of its month, not the 2nd."],
            Errors(recurrence, secondFridayInBerlin, timeZone: null)["recurrence.by_weekday_of_month"]);
    }

    [Fact]
    public void An_unknown_time_zone_is_read_as_UTC()
    {
        var errors = Errors(new Recurrence(RecurrenceFrequency.Monthly, ByWeekdayOfMonth: 3), ThirdFriday, "Mars/Olympus_Mons");

        Assert.Empty(errors);
    }

    [Fact]
    public void The_series_cannot_end_before_its_first_game()
    {
        var errors = Errors(new Recurrence(RecurrenceFrequency.Weekly, Until: ThirdFriday.AddMinutes(-1)));

        Assert.Equal(["The series cannot end before its first game."], errors["recurrence.until"]);
    }

    [Fact]
    public void The_series_must_end_within_ten_years_of_its_first_game()
    {
        Assert.Empty(Errors(new Recurrence(RecurrenceFrequency.Weekly, Until: ThirdFriday.AddYears(Recurrence.LongestYears))));
        Assert.Equal(["The series must end within 10 years."],
            Errors(new Recurrence(RecurrenceFrequency.Weekly, Until: DateTimeOffset.MaxValue))["recurrence.until"]);
        var startAtTheEndOfTheCalendar = new Dictionary<string, string[]>();
        RecurrenceValidator.AddErrors(new Recurrence(RecurrenceFrequency.Weekly, Until: DateTimeOffset.MaxValue), DateTimeOffset.MaxValue, null, startAtTheEndOfTheCalendar);
        Assert.Empty(startAtTheEndOfTheCalendar);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Recurrence.MaxCount + 1)]
    public void The_count_must_be_between_1_and_520(int count)
    {
        var errors = Errors(new Recurrence(RecurrenceFrequency.Weekly, Count: count));

        Assert.Equal(["The number of games must be between 1 and 520."], errors["recurrence.count"]);
    }

    [Fact]
    public void A_series_has_a_count_or_an_until_date_but_not_both()
    {
        var errors = Errors(new Recurrence(RecurrenceFrequency.Weekly, Until: ThirdFriday.AddDays(30), Count: 4));

        Assert.Equal(["A series ends either after a number of games or on a date, not both."], errors["recurrence.count"]);
    }

    [Fact]
    public void Each_bad_field_is_reported_under_its_own_key()
    {
        var errors = Errors(new Recurrence(RecurrenceFrequency.Weekly, Interval: 0, ByWeekdayOfMonth: 1, Until: ThirdFriday.AddDays(-1), Count: 0));

        Assert.Equal(
            ["recurrence.by_weekday_of_month", "recurrence.count", "recurrence.interval", "recurrence.until"],
            errors.Keys.Order());
    }

    [Fact]
    public void Keeps_the_errors_already_found()
    {
        var errors = new Dictionary<string, string[]> { ["title"] = ["Title is required."] };

        RecurrenceValidator.AddErrors(new Recurrence(RecurrenceFrequency.Weekly, Interval: 0), ThirdFriday, Berlin, errors);

        Assert.Equal(["recurrence.interval", "title"], errors.Keys.Order());
    }

    private static Dictionary<string, string[]> Errors(Recurrence? recurrence, DateTimeOffset? start = null, string? timeZone = Berlin)
    {
        var errors = new Dictionary<string, string[]>();
        RecurrenceValidator.AddErrors(recurrence, start ?? ThirdFriday, timeZone, errors);
        return errors;
    }
}
