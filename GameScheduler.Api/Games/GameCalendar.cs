using System.Text;
using GameScheduler.Core.Games;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace GameScheduler.Api.Games;

/// <summary>A game as an iCalendar file (RFC 5545), for adding it to any calendar app.</summary>
public static class GameCalendar
{
    public static byte[] ToIcs(GameView game)
    {
        var calendar = new Calendar();
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"{game.Id}@gamescheduler",
            Summary = game.Title,
            Description = game.Description,
            Location = game.Where,
            DtStart = new CalDateTime(game.ScheduledAt.UtcDateTime, "UTC"),
            DtEnd = new CalDateTime(game.ScheduledAt.AddMinutes(game.DurationMinutes).UtcDateTime, "UTC"),
            Status = game.Status == GameStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        });
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }
}
