using System.Text;
using GameScheduler.Api.Games;
using GameScheduler.Core.Games;
using Ical.Net;

namespace GameScheduler.Api.Tests.Games;

public sealed class GameCalendarTests
{
    [Fact]
    public void The_file_holds_one_event_from_the_start_for_the_games_duration()
    {
        var calendar = Calendar.Load(Encoding.UTF8.GetString(GameCalendar.ToIcs(SampleGames.InProgress())))!;

        var game = Assert.Single(calendar.Events);
        Assert.Equal("Raid night", game.Summary);
        Assert.Equal("Voice channel", game.Location);
        Assert.Equal(SampleGames.ScheduledAt.UtcDateTime, game.DtStart!.AsUtc);
        Assert.Equal(SampleGames.ScheduledAt.AddMinutes(120).UtcDateTime, game.DtEnd!.AsUtc);
        Assert.Equal($"{SampleGames.Id}@gamescheduler", game.Uid);
    }

    [Fact]
    public void A_cancelled_game_is_a_cancelled_event()
    {
        var cancelled = SampleGames.InProgress() with { Status = GameStatus.Cancelled };

        var calendar = Calendar.Load(Encoding.UTF8.GetString(GameCalendar.ToIcs(cancelled)))!;

        Assert.Equal("CANCELLED", Assert.Single(calendar.Events).Status);
    }
}
