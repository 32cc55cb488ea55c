using GameScheduler.Api.Infrastructure;
using GameScheduler.Core.Games;
using GameScheduler.Core.Templates;

namespace GameScheduler.Api.Templates;

/// <summary>The body of creating (name required) or changing a template; a field left out keeps its value.</summary>
public sealed record TemplateRequest(
    string? Name,
    string? ChannelId,
    int? MaxPlayers,
    int? DurationMinutes,
    IReadOnlyList<int>? ReminderMinutes,
    string? Where,
    SignupMethod? SignupMethod,
    IReadOnlyList<string>? AllowedHostRoleIds,
    IReadOnlyList<string>? AllowedPlayerRoleIds,
    IReadOnlyList<string>? NotifyRoleIds,
    string? SignupInstructions,
    IReadOnlyList<string>? LockedFields,
    AfterGame? AfterGame,
    int? AfterGameDelayMinutes,
    string? ArchiveChannelId,
    bool? IsDefault,
    int? Order) : RequestWithRecurrence
{
    public TemplateDraft ToDraft() => new()
    {
        Name = Name,
        ChannelId = ChannelId,
        MaxPlayers = MaxPlayers,
        DurationMinutes = DurationMinutes,
        ReminderMinutes = ReminderMinutes,
        Where = Where,
        SignupMethod = SignupMethod,
        AllowedHostRoleIds = AllowedHostRoleIds,
        AllowedPlayerRoleIds = AllowedPlayerRoleIds,
        NotifyRoleIds = NotifyRoleIds,
        SignupInstructions = SignupInstructions,
        LockedFields = LockedFields,
        AfterGame = AfterGame,
        AfterGameDelayMinutes = AfterGameDelayMinutes,
        ArchiveChannelId = ArchiveChannelId,
        Recurrence = Recurrence,
        ChangesRecurrence = RecurrenceGiven,
        IsDefault = IsDefault,
        Order = Order,
    };
}
