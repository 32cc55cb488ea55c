namespace GameScheduler.Core.Games;

/// <summary>A game's editable fields once defaults are filled in; the input of <see cref="GameSettingsValidator"/>.</summary>
public sealed record GameSettings(
    string? ChannelId,
    string? Title,
    string Description,
    DateTimeOffset? ScheduledAt,
    string? TimeZone,
    int DurationMinutes,
    int MaxPlayers,
    string Where,
    SignupMethod SignupMethod,
    IReadOnlyList<int> ReminderMinutes,
    IReadOnlyList<string> AllowedPlayerRoleIds,
    IReadOnlyList<string> NotifyRoleIds,
    string SignupInstructions,
    DateTimeOffset? PostAt,
    Recurrence? Recurrence = null,
    bool CarryOverPlayers = true,
    int ConfirmMinutesBefore = GameSeries.DefaultConfirmMinutesBefore)
{
    public static GameSettings Of(Game game) => new(
        game.ChannelId,
        game.Title,
        game.Description,
        game.ScheduledAt,
        game.TimeZone,
        game.DurationMinutes,
        game.MaxPlayers,
        game.Where,
        game.SignupMethod,
        game.ReminderMinutes,
        game.AllowedPlayerRoleIds,
        game.NotifyRoleIds,
        game.SignupInstructions,
        game.PostAt,
        game.Recurrence,
        game.CarryOverPlayers,
        game.ConfirmMinutesBefore);

    public GameSettings With(GameEdit edit) => new(
        edit.ChannelId ?? ChannelId,
        edit.Title ?? Title,
        edit.Description ?? Description,
        edit.ScheduledAt ?? ScheduledAt,
        edit.TimeZone ?? TimeZone,
        edit.DurationMinutes ?? DurationMinutes,
        edit.MaxPlayers ?? MaxPlayers,
        edit.Where ?? Where,
        edit.SignupMethod ?? SignupMethod,
        edit.ReminderMinutes ?? ReminderMinutes,
        edit.AllowedPlayerRoleIds ?? AllowedPlayerRoleIds,
        edit.NotifyRoleIds ?? NotifyRoleIds,
        edit.SignupInstructions ?? SignupInstructions,
        edit.PostAt ?? PostAt,
        edit.ChangesRecurrence ? edit.Recurrence : Recurrence,
        edit.CarryOverPlayers ?? CarryOverPlayers,
        edit.ConfirmMinutesBefore ?? ConfirmMinutesBefore);

    public void ApplyTo(Game game)
    {
        game.ChannelId = ChannelId!;
        game.Title = Title!.Trim();
        game.Description = Description;
        game.ScheduledAt = ScheduledAt!.Value.ToUniversalTime();
        game.TimeZone = TimeZone;
        game.DurationMinutes = DurationMinutes;
        game.MaxPlayers = MaxPlayers;
        game.Where = Where;
        game.SignupMethod = SignupMethod;
        game.ReminderMinutes = [.. ReminderMinutes.Distinct().OrderDescending()];
        game.AllowedPlayerRoleIds = [.. AllowedPlayerRoleIds.Distinct()];
        game.NotifyRoleIds = [.. NotifyRoleIds.Distinct()];
        game.SignupInstructions = SignupInstructions;
        game.PostAt = PostAt?.ToUniversalTime();
        GameSeries.Repeat(game, Recurrence);
        game.CarryOverPlayers = CarryOverPlayers;
        game.ConfirmMinutesBefore = ConfirmMinutesBefore;
    }
}
