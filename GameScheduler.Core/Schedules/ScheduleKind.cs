namespace GameScheduler.Core.Schedules;

public enum ScheduleKind
{
    /// <summary>DM the confirmed players a reminder.</summary>
    Reminder,

    /// <summary>Move the game to IN_PROGRESS at its start.</summary>
    Start,

    /// <summary>Move the game to COMPLETED once its duration has passed.</summary>
    Complete,

    /// <summary>Delete or archive the announcement of a game that is over (see <see cref="AnnouncementTidying"/>).</summary>
    Tidy,

    /// <summary>Have the bot announce the game at its post time.</summary>
    Announce,

    /// <summary>Drop the players carried over from the previous game of a series who have not confirmed their seat.</summary>
    ConfirmDeadline,
}
