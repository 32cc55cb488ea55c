namespace GameScheduler.Core.Games;

/// <summary>Field rules for a game; errors are keyed by the snake_case field names of the REST contract.</summary>
public static class GameSettingsValidator
{
    public const int DescriptionMaxLength = 4000;
    public const int WhereMaxLength = 500;
    public const int MaxPlayersLimit = 100;
    public const int LongestDurationMinutes = 7 * 24 * 60;
    public const int EarliestReminderMinutes = 7 * 24 * 60;
    public const int MaxReminders = 10;
    public const int SignupInstructionsMaxLength = 1000;

    /// <summary>How far ahead a game may be planned; keeps every timer derived from the start within the calendar.</summary>
    public const int LatestStartYearsAhead = 5;

    /// <summary>Keeps the announcement's mentions well within Discord's 2000 characters of content.</summary>
    public const int MaxNotifyRoles = 20;

    /// <summary>The longest role list a request may carry: a Discord server has at most 250 roles.</summary>
    public const int MaxListedRoles = 250;

    /// <summary>How far in the past a new post time may lie: enough for a client's clock to be off, not for nonsense dates.</summary>
    public static readonly TimeSpan EarliestPastPostAt = TimeSpan.FromDays(1);

    /// <param name="scheduledAtChanged">Only a new start time must lie in the future; an edit of the title need not move the start.</param>
    /// <param name="postAtChanged">Only a new post time is bounded in the past; an announced game's old one is not.</param>
    public static Dictionary<string, string[]> Validate(GameSettings settings, bool scheduledAtChanged, DateTimeOffset now, bool postAtChanged = true)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (string.IsNullOrWhiteSpace(settings.Title)) Fail("title", "Title is required.");
        else if (settings.Title.Trim().Length > Game.TitleMaxLength) Fail("title", $"Title must be at most {Game.TitleMaxLength} characters.");
        else if (!PlainText.IsSingleLine(settings.Title.Trim())) Fail("title", PlainText.SingleLineRule("Title"));

        if (settings.Description.Length > DescriptionMaxLength) Fail("description", $"Description must be at most {DescriptionMaxLength} characters.");
        else if (!PlainText.IsMultiLine(settings.Description)) Fail("description", PlainText.MultiLineRule("Description"));
        if (settings.Where.Length > WhereMaxLength) Fail("where", WhereTooLong);
        else if (!PlainText.IsSingleLine(settings.Where)) Fail("where", WhereNotPlain);
        if (settings.SignupInstructions.Length > SignupInstructionsMaxLength) Fail("signup_instructions", SignupInstructionsTooLong);
        else if (!PlainText.IsMultiLine(settings.SignupInstructions)) Fail("signup_instructions", SignupInstructionsNotPlain);
        if (settings.NotifyRoleIds.Count > MaxListedRoles || settings.NotifyRoleIds.Distinct().Count() > MaxNotifyRoles)
            Fail("notify_role_ids", TooManyNotifyRoles);
        if (settings.AllowedPlayerRoleIds.Count > MaxListedRoles) Fail("allowed_player_role_ids", TooManyRoles);
        if (string.IsNullOrWhiteSpace(settings.ChannelId)) Fail("channel_id", "Channel is required.");

        if (settings.ScheduledAt is not { } scheduledAt) Fail("scheduled_at", "Scheduled time is required.");
        else if (scheduledAtChanged && scheduledAt <= now) Fail("scheduled_at", "The scheduled time must be in the future.");
        else if (scheduledAtChanged && scheduledAt > now.AddYears(LatestStartYearsAhead))
            Fail("scheduled_at", $"The scheduled time must be at most {LatestStartYearsAhead} years ahead.");

        if (settings.PostAt is { } postAt && settings.ScheduledAt is { } start && postAt >= start)
            Fail("post_at", "The post time must be before the scheduled time.");
        else if (postAtChanged && settings.PostAt < now - EarliestPastPostAt)
            Fail("post_at", $"The post time may lie at most {EarliestPastPostAt.TotalHours:0} hours in the past; leave it empty to announce now.");

        if (settings.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)) Fail("time_zone", $"Unknown time zone '{zone}'.");

        if (settings.MaxPlayers is < 1 or > MaxPlayersLimit) Fail("max_players", $"Max players must be between 1 and {MaxPlayersLimit}.");
        if (settings.DurationMinutes is < 1 or > LongestDurationMinutes) Fail("duration_minutes", $"Duration must be between 1 and {LongestDurationMinutes} minutes.");

        if (settings.ReminderMinutes.Count > MaxReminders) Fail("reminder_minutes", $"At most {MaxReminders} reminders are allowed.");
        else if (settings.ReminderMinutes.Any(minutes => minutes is < 1 or > EarliestReminderMinutes))
            Fail("reminder_minutes", $"Reminders must be between 1 and {EarliestReminderMinutes} minutes before the start.");

        if (!Enum.IsDefined(settings.SignupMethod)) Fail("signup_method", "Unknown signup method.");

        // A rule is read against a start that is itself valid.
        if (settings.ScheduledAt is { } firstStart && !errors.ContainsKey("scheduled_at")) RecurrenceValidator.AddErrors(settings.Recurrence, firstStart, settings.TimeZone, errors);
        if (settings.ConfirmMinutesBefore is < 0 or > GameSeries.LongestConfirmMinutesBefore)
            Fail("confirm_minutes_before", $"Carried-over players confirm between 0 and {GameSeries.LongestConfirmMinutesBefore} minutes before the start.");
        return errors;
    }

    public static string AlreadyAnnounced { get; } = "The game has been announced; its post time can no longer change.";

    public static string WhereTooLong { get; } = $"Where must be at most {WhereMaxLength} characters.";

    public static string WhereNotPlain { get; } = PlainText.SingleLineRule("Where");

    public static string SignupInstructionsNotPlain { get; } = PlainText.MultiLineRule("Sign-up instructions");

    public static string SignupInstructionsTooLong { get; } = $"Sign-up instructions must be at most {SignupInstructionsMaxLength} characters.";

    public static string TooManyNotifyRoles { get; } = $"At most {MaxNotifyRoles} roles can be notified.";

    public static string TooManyRoles { get; } = $"At most {MaxListedRoles} roles can be listed.";
}
