using System.Text;
using GameScheduler.Api.Games;
using GameScheduler.Core.Games;
using GameScheduler.Core.Participants;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace GameScheduler.Api.Tests.Games;

public sealed class CalendarFeedDocumentTests
{
    private const string Anna = "1300000000000000003";
    private const string Ben = "1300000000000000004";

    [Fact]
    public void Each_game_is_an_event_with_a_stable_uid_and_an_alarm_per_reminder()
    {
        var other = SampleGames.InProgress() with { Id = Guid.Parse("0193a3f0-7c1e-7000-8000-0000000000ff"), ReminderMinutes = [] };

        var events = Feed(Anna, SampleGames.InProgress(), other);

        Assert.Equal([$"{SampleGames.Id}@gamescheduler", $"{other.Id}@gamescheduler"], events.Select(game => game.Uid));
        var alarms = events[0].Alarms;
        Assert.Equal(["-PT60M", "-PT15M"], alarms.Select(alarm => alarm.Trigger!.Duration!.Value.ToString()));
        Assert.All(alarms, alarm => Assert.Equal("DISPLAY", alarm.Action));
        Assert.Empty(events[1].Alarms);
    }

    [Fact]
    public void The_alarms_are_written_as_triggers_in_minutes_before_the_start()
    {
        var text = Encoding.UTF8.GetString(GameCalendar.FeedOf(Anna, [SampleGames.InProgress()]));

        Assert.Contains("BEGIN:VALARM", text, StringComparison.Ordinal);
        Assert.Contains("TRIGGER:-PT15M", text, StringComparison.Ordinal);
        Assert.Contains("TRIGGER:-PT60M", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sequence_and_last_modified_follow_the_games_last_change()
    {
        var game = SampleGames.InProgress();
        var changed = game with { UpdatedAt = game.UpdatedAt.AddMinutes(5) };

        var before = Assert.Single(Feed(Anna, game));
        var after = Assert.Single(Feed(Anna, changed));

        Assert.Equal(game.UpdatedAt.UtcDateTime, before.LastModified!.AsUtc);
        Assert.Equal(changed.UpdatedAt.UtcDateTime, after.LastModified!.AsUtc);
        Assert.True(after.Sequence > before.Sequence);
    }

    [Fact]
    public void A_game_the_user_is_waitlisted_on_says_so_and_a_confirmed_one_does_not()
    {
        var waitlisted = SampleGames.InProgress() with
        {
            Waitlisted = [new ParticipantView(Guid.NewGuid(), Ben, "Ben", PositionType.SelfAdded, 0, SampleGames.ScheduledAt.AddDays(-1), AwaitingConfirmation: false)],
        };

        Assert.Equal("Raid night (waitlisted)", Assert.Single(Feed(Ben, waitlisted)).Summary);
        Assert.Equal("Raid night", Assert.Single(Feed(Anna, waitlisted)).Summary);
    }

    [Fact]
    public void A_cancelled_game_stays_in_the_feed_as_a_cancelled_event()
    {
        var cancelled = SampleGames.InProgress() with { Status = GameStatus.Cancelled };

        Assert.Equal("CANCELLED", Assert.Single(Feed(Anna, cancelled)).Status);
    }

    private static List<CalendarEvent> Feed(string userId, params GameView[] games) =>
        [.. Calendar.Load(Encoding.UTF8.GetString(GameCalendar.FeedOf(userId, games)))!.Events];
}
