using GameScheduler.Core.Games;

namespace GameScheduler.Core.Templates;

public sealed record TemplateView(
    Guid Id,
    string GuildId,
    string Name,
    string? ChannelId,
    int MaxPlayers,
    int DurationMinutes,
    IReadOnlyList<int> ReminderMinutes,
    string Where,
    SignupMethod SignupMethod,
    IReadOnlyList<string> AllowedHostRoleIds,
    IReadOnlyList<string> AllowedPlayerRoleIds,
    IReadOnlyList<string> NotifyRoleIds,
    string SignupInstructions,
    IReadOnlyList<string> LockedFields,
    AfterGame AfterGame,
    int AfterGameDelayMinutes,
    string? ArchiveChannelId,
    Recurrence? Recurrence,
    bool IsDefault,
    int Order)
{
    public static TemplateView Of(GameTemplate template) => new(
        template.Id,
        template.GuildId,
        template.Name,
        template.ChannelId,
        template.MaxPlayers,
        template.DurationMinutes,
        [.. template.ReminderMinutes],
        template.Where,
        template.SignupMethod,
        [.. template.AllowedHostRoleIds],
        [.. template.AllowedPlayerRoleIds],
        [.. template.NotifyRoleIds],
        template.SignupInstructions,
        [.. template.LockedFields],
        template.AfterGame,
        template.AfterGameDelayMinutes,
        template.ArchiveChannelId,
        template.Recurrence,
        template.IsDefault,
        template.Order);
}
