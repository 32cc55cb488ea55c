using GameScheduler.Core.Games;

namespace GameScheduler.Core.Tests.Rules;

public sealed class RecurrenceTests
{
    private const string Berlin = "Europe/Berlin";
    private const string NewYork = "America/New_York";

    [Theory]
    [InlineData(Berlin, "2027-03-26T20:00:00+01:00", "2027-04-02T20:00:00+02:00")]
    [InlineData(Berlin, "2027-10-29T20:00:00+02:00", "2027-11-05T20:00:00+01:00")]
    [InlineData(NewYork, "2027-03-11T19:00:00-05:00", "2027-03-18T19:00:00-04:00")]
    [InlineData(NewYork, "2027-11-04T19:00:00-04:00", "2027-11-11T19:00:00-05:00")]
    public void A_weekly_game_keeps_its_wall_clock_time_across_a_DST_change(string timeZone, string current, string expected)
    {
        var next = new Recurrence(RecurrenceFrequency.Weekly).NextAfter(DateTimeOffset.Parse(current), 1, timeZone);

        Assert.Equal(DateTimeOffset.Parse(expected), next);
    }

    [Fact]
    public void The_next_start_is_given_in_UTC()
    {
        var next = new Recurrence(RecurrenceFrequency.Weekly).NextAfter(DateTimeOffset.Parse("2027-03-26T20:00:00+01:00"), 1, Berlin);

        Assert.Equal(TimeSpan.Zero, next!.Value.Offset);
    }

    [Fact]
    public void Without_a_time_zone_the_series_keeps_its_UTC_time()
    {
        var next = new Recurrence(RecurrenceFrequency.Weekly).NextAfter(DateTimeOffset.Parse("2027-03-26T20:00:00Z"), 1, null);

        Assert.Equal(DateTimeOffset.Parse("2027-04-02T20:00:00Z"), next);
    }

    [Fact]
    public void An_unknown_time_zone_is_read_as_UTC()
    {
        var next = new Recurrence(RecurrenceFrequency.Weekly).NextAfter(DateTimeOffset.Parse("2027-03-26T20:00:00Z"), 1, "Mars/Olympus_Mons");

        Assert.Equal(DateTimeOffset.Parse("2027-04-02T20:00:00Z"), next);
    }

    [Fact]
    public void Every_2_weeks_skips_a_week()
    {
        var starts = Series(new Recurrence(RecurrenceFrequency.Weekly, Interval: 2), "2027-01-01T20:00:00+01:00", Berlin, 3);

        Assert.Equal(["2027-01-01", "2027-01-15", "2027-01-29"], starts);
    }

    [Fact]
    public void Monthly_on_the_second_Friday_runs_across_months_and_the_year_end()
    {
        var starts = Series(new Recurrence(RecurrenceFrequency.Monthly, ByWeekdayOfMonth: 2), "2027-11-12T20:00:00+01:00", Berlin, 3);

        Assert.Equal(["2027-11-12", "2027-12-10", "2028-01-14"], starts);
    }

    [Fact]
    public void Monthly_on_the_last_Friday_takes_the_4th_or_the_5th()
    {
        var starts = Series(new Recurrence(RecurrenceFrequency.Monthly, ByWeekdayOfMonth: -1), "2027-01-29T20:00:00+01:00", Berlin, 4);

        Assert.Equal(["2027-01-29", "2027-02-26", "2027-03-26", "2027-04-30"], starts);
    }

    [Fact]
    public void Monthly_on_the_fifth_Friday_skips_months_without_one()
    {
        var starts = Series(new Recurrence(RecurrenceFrequency.Monthly, ByWeekdayOfMonth: 5), "2027-01-29T20:00:00+01:00", Berlin, 3);

        Assert.Equal(["2027-01-29", "2027-04-30", "2027-07-30"], starts);
    }

    [Fact]
    public void Monthly_on_day_31_skips_February_and_the_30_day_months()
    {
        var starts = Series(new Recurrence(RecurrenceFrequency.Monthly), "2027-01-31T20:00:00+01:00", Berlin, 7);

        Assert.Equal(["2027-01-31", "2027-03-31", "2027-05-31", "2027-07-31", "2027-08-31", "2027-10-31", "2027-12-31"], starts);
    }

    [Fact]
    public void January_31_is_followed_by_March_31_at_the_same_wall_clock_time()
    {
        var next = new Recurrence(RecurrenceFrequency.Monthly).NextAfter(DateTimeOffset.Parse("2027-01-31T20:00:00+01:00"), 1, Berlin);

        Assert.Equal(DateTimeOffset.Parse("2027-03-31T20:00:00+02:00"), next);
    }

    [Fact]
    public void Every_2_months_on_a_date_counts_months_from_the_start()
    {
        var starts = Series(new Recurrence(RecurrenceFrequency.Monthly, Interval: 2), "2027-01-15T20:00:00+01:00", Berlin, 3);

        Assert.Equal(["2027-01-15", "2027-03-15", "2027-05-15"], starts);
    }

    [Fact]
    public void The_count_ends_the_series_with_its_last_game()
    {
        var recurrence = new Recurrence(RecurrenceFrequency.Weekly, Count: 3);
        var current = DateTimeOffset.Parse("2027-01-01T20:00:00Z");

        Assert.Equal(current.AddDays(7), recurrence.NextAfter(current, 2, null));
        Assert.Null(recurrence.NextAfter(current, 3, null));
    }

    [Fact]
    public void A_count_of_1_is_a_single_game()
    {
        Assert.Null(new Recurrence(RecurrenceFrequency.Weekly, Count: 1).NextAfter(DateTimeOffset.Parse("2027-01-01T20:00:00Z"), 1, null));
    }

    [Fact]
    public void A_game_starting_exactly_at_until_is_still_part_of_the_series()
    {
        var current = DateTimeOffset.Parse("2027-01-01T20:00:00+01:00");
        var until = DateTimeOffset.Parse("2027-01-08T20:00:00+01:00");

        Assert.Equal(until, new Recurrence(RecurrenceFrequency.Weekly, Until: until).NextAfter(current, 1, Berlin));
    }

    [Fact]
    public void Until_ends_the_series_before_a_later_game()
    {
        var current = DateTimeOffset.Parse("2027-01-01T20:00:00+01:00");
        var until = DateTimeOffset.Parse("2027-01-08T19:59:59+01:00");

        Assert.Null(new Recurrence(RecurrenceFrequency.Weekly, Until: until).NextAfter(current, 1, Berlin));
    }

    /// <summary>The local dates of the first <paramref name="games"/> games, each computed from the one before.</summary>
    private static string[] Series(Recurrence recurrence, string first, string timeZone, int games)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var starts = new List<DateTimeOffset> { DateTimeOffset.Parse(first) };
        while (starts.Count < games)
        {
            var next = recurrence.NextAfter(starts[^1], starts.Count, timeZone);
            Assert.NotNull(next);
            Assert.Equal(starts[0].TimeOfDay, TimeZoneInfo.ConvertTime(next.Value, zone).TimeOfDay);
            starts.Add(next.Value);
        }

        return [.. starts.Select(start => TimeZoneInfo.ConvertTime(start, zone).ToString("yyyy-MM-dd"))];
    }
}
