using GameScheduler.Core.Games;

namespace GameScheduler.Core.Templates;

/// <summary>Field rules for a template, with the same limits as the games made from it.</summary>
public static class TemplateValidator
{
    /// <param name="now">When the template is saved: a default rule's end date must lie ahead of it.</param>
    public static Dictionary<string, string[]> Validate(GameTemplate template, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (string.IsNullOrWhiteSpace(template.Name)) Fail("name", "Name is required.");
        else if (template.Name.Length > TemplateDraft.NameMaxLength) Fail("name", $"Name must be at most {TemplateDraft.NameMaxLength} characters.");
        else if (!PlainText.IsSingleLine(template.Name)) Fail("name", PlainText.SingleLineRule("Name"));

        if (template.MaxPlayers is < 1 or > GameSettingsValidator.MaxPlayersLimit)
            Fail("max_players", $"Max players must be between 1 and {GameSettingsValidator.MaxPlayersLimit}.");
        if (template.DurationMinutes is < 1 or > GameSettingsValidator.LongestDurationMinutes)
            Fail("duration_minutes", $"Duration must be between 1 and {GameSettingsValidator.LongestDurationMinutes} minutes.");
        if (template.ReminderMinutes.Count > GameSettingsValidator.MaxReminders
            || template.ReminderMinutes.Any(minutes => minutes is < 1 or > GameSettingsValidator.EarliestReminderMinutes))
            Fail("reminder_minutes", $"At most {GameSettingsValidator.MaxReminders} reminders, each 1 to {GameSettingsValidator.EarliestReminderMinutes} minutes before the start.");
        if (template.Where.Length > GameSettingsValidator.WhereMaxLength) Fail("where", GameSettingsValidator.WhereTooLong);
        else if (!PlainText.IsSingleLine(template.Where)) Fail("where", GameSettingsValidator.WhereNotPlain);
        if (!Enum.IsDefined(template.SignupMethod)) Fail("signup_method", "Unknown signup method.");
        if (template.SignupInstructions.Length > GameSettingsValidator.SignupInstructionsMaxLength)
            Fail("signup_instructions", GameSettingsValidator.SignupInstructionsTooLong);
        else if (!PlainText.IsMultiLine(template.SignupInstructions)) Fail("signup_instructions", GameSettingsValidator.SignupInstructionsNotPlain);
        if (template.NotifyRoleIds.Count > GameSettingsValidator.MaxNotifyRoles) Fail("notify_role_ids", GameSettingsValidator.TooManyNotifyRoles);
        if (template.AllowedHostRoleIds.Count > GameSettingsValidator.MaxListedRoles) Fail("allowed_host_role_ids", GameSettingsValidator.TooManyRoles);
        if (template.AllowedPlayerRoleIds.Count > GameSettingsValidator.MaxListedRoles) Fail("allowed_player_role_ids", GameSettingsValidator.TooManyRoles);
        if (template.LockedFields.Count > LockableFields.All.Count) Fail("locked_fields", "Name each lockable field at most once.");
        else if (template.LockedFields.Except(LockableFields.All).ToList() is [_, ..] unknown)
            Fail("locked_fields", $"Only {string.Join(" and ", LockableFields.All)} can be locked, not {string.Join(", ", unknown)}.");
        else if (template.LockedFields.Contains(LockableFields.ChannelId) && template.ChannelId is null)
            Fail("locked_fields", "Locking the channel needs a template channel.");
        if (!Enum.IsDefined(template.AfterGame)) Fail("after_game", "After the game, keep, delete or archive the announcement.");
        else if (template.AfterGame == AfterGame.Archive && template.ArchiveChannelId is null)
            Fail("archive_channel_id", "Archiving needs an archive channel.");
        if (template.AfterGameDelayMinutes is < 0 or > AnnouncementTidy.LongestDelayMinutes)
            Fail("after_game_delay_minutes", $"The delay after the game must be between 0 and {AnnouncementTidy.LongestDelayMinutes} minutes.");
        // The weekday of the month and the end date are checked against each game's start, when a game is made.
        RecurrenceValidator.AddTemplateErrors(template.Recurrence, now, errors);
        return errors;
    }
}
