using System.Text;
using GameScheduler.Core.Games;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace GameScheduler.Api.Games;

/// <summary>
/// Games as iCalendar (RFC 5545), for calendar apps: one game as a file to add, or a user's games as a feed to subscribe
/// to. Each game is one event with a stable UID, a SEQUENCE and LAST-MODIFIED that move when the game changes, and an
/// alarm per reminder.
/// </summary>
public static class GameCalendar
{
    public static byte[] ToIcs(GameView game) => Serialize([Event(game, waitlisted: false)]);

    /// <summary>The games of <paramref name="userId"/>'s feed; a game they are waitlisted on says so in its summary.</summary>
    public static byte[] FeedOf(string userId, IEnumerable<GameView> games) =>
        Serialize(games.Select(game => Event(game, waitlisted: game.Waitlisted.Any(player => player.UserId == userId))));

    private static CalendarEvent Event(GameView game, bool waitlisted)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{game.Id}@gamescheduler",
            Summary = waitlisted ? $"{game.Title} (waitlisted)" : game.Title,
            Description = waitlisted ? $"You are on the waitlist.\n\n{game.Description}".TrimEnd() : game.Description,
            Location = game.Where,
            DtStart = Utc(game.ScheduledAt),
            DtEnd = Utc(game.ScheduledAt.AddMinutes(game.DurationMinutes)),
            DtStamp = Utc(game.UpdatedAt),
            LastModified = Utc(game.UpdatedAt),
            // Calendar apps take a change only with a higher SEQUENCE: seconds since creation grow with every change.
            Sequence = (int)(game.UpdatedAt - game.CreatedAt).TotalSeconds,
            Status = game.Status == GameStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        foreach (var minutes in game.ReminderMinutes)
        {
            calendarEvent.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = game.Title,
                Trigger = new Trigger(Duration.FromMinutes(-minutes)),
            });
        }

        return calendarEvent;
    }

    private static CalDateTime Utc(DateTimeOffset time) => new(time.UtcDateTime, "UTC");

    private static byte[] Serialize(IEnumerable<CalendarEvent> events)
    {
        var calendar = new Calendar();
        calendar.Events.AddRange(events);
        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }
}
