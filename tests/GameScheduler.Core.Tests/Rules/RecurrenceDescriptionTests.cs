using GameScheduler.Core.Games;

namespace GameScheduler.Core.Tests.Rules;

public sealed class RecurrenceDescriptionTests
{
    private const string Berlin = "Europe/Berlin";

    /// <summary>A Friday 20:00 in Berlin, the fifth and last Friday of December 2027.</summary>
    private static readonly DateTimeOffset LastFridayOfTheYear = DateTimeOffset.Parse("2027-12-31T20:00:00+01:00");

    [Theory]
    [InlineData(RecurrenceFrequency.Weekly, 1, null, "Every week on Friday")]
    [InlineData(RecurrenceFrequency.Weekly, 2, null, "Every 2 weeks on Friday")]
    [InlineData(RecurrenceFrequency.Monthly, 1, 5, "Monthly on the fifth Friday")]
    [InlineData(RecurrenceFrequency.Monthly, 1, -1, "Monthly on the last Friday")]
    [InlineData(RecurrenceFrequency.Monthly, 3, -1, "Every 3 months on the last Friday")]
    [InlineData(RecurrenceFrequency.Monthly, 1, null, "Monthly on day 31")]
    [InlineData(RecurrenceFrequency.Monthly, 2, null, "Every 2 months on day 31")]
    public void Describes_the_rhythm_in_short_English(RecurrenceFrequency frequency, int interval, int? byWeekdayOfMonth, string expected)
    {
        var recurrence = new Recurrence(frequency, interval, byWeekdayOfMonth);

        Assert.Equal(expected, recurrence.Describe(LastFridayOfTheYear, Berlin));
    }

    [Fact]
    public void Describes_the_ordinal_weekdays_of_the_month()
    {
        var secondFriday = DateTimeOffset.Parse("2027-01-08T20:00:00+01:00");

        Assert.Equal("Monthly on the second Friday", new Recurrence(RecurrenceFrequency.Monthly, ByWeekdayOfMonth: 2).Describe(secondFriday, Berlin));
    }

    [Fact]
    public void Appends_the_last_date_in_the_games_time_zone()
    {
        var recurrence = new Recurrence(RecurrenceFrequency.Weekly, Until: DateTimeOffset.Parse("2028-03-31T23:30:00Z"));

        Assert.Equal("Every week on Friday, until 1 Apr 2028", recurrence.Describe(LastFridayOfTheYear, Berlin));
    }

    [Fact]
    public void Appends_the_number_of_games()
    {
        var recurrence = new Recurrence(RecurrenceFrequency.Weekly, Count: 8);

        Assert.Equal("Every week on Friday, 8 times", recurrence.Describe(LastFridayOfTheYear, Berlin));
    }

    [Fact]
    public void Takes_the_weekday_from_the_games_time_zone()
    {
        var fridayNightInUtc = DateTimeOffset.Parse("2027-12-31T23:30:00Z");

        Assert.Equal("Every week on Saturday", new Recurrence(RecurrenceFrequency.Weekly).Describe(fridayNightInUtc, Berlin));
        Assert.Equal("Every week on Friday", new Recurrence(RecurrenceFrequency.Weekly).Describe(fridayNightInUtc, null));
    }
}
