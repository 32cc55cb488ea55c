using GameScheduler.Core.Games;

namespace GameScheduler.Core.Templates;

/// <summary>
/// The fields of a template to create or change. Null keeps the current value; when creating, null takes the
/// built-in default (see <see cref="DefaultTemplate"/>), and a name is required.
/// </summary>
public sealed record TemplateDraft
{
    public const int NameMaxLength = 100;

    public string? Name { get; init; }
    public string? ChannelId { get; init; }
    public int? MaxPlayers { get; init; }
    public int? DurationMinutes { get; init; }
    public IReadOnlyList<int>? ReminderMinutes { get; init; }
    public string? Where { get; init; }
    public SignupMethod? SignupMethod { get; init; }
    public IReadOnlyList<string>? AllowedHostRoleIds { get; init; }
    public IReadOnlyList<string>? AllowedPlayerRoleIds { get; init; }
    public IReadOnlyList<string>? NotifyRoleIds { get; init; }
    public string? SignupInstructions { get; init; }

    /// <summary>A subset of <see cref="LockableFields.All"/>.</summary>
    public IReadOnlyList<string>? LockedFields { get; init; }

    public AfterGame? AfterGame { get; init; }
    public int? AfterGameDelayMinutes { get; init; }
    public string? ArchiveChannelId { get; init; }

    /// <summary>The default rule of games made from the template, null for one-off games; read only with <see cref="ChangesRecurrence"/>.</summary>
    public Recurrence? Recurrence { get; init; }

    public bool ChangesRecurrence { get; init; }

    /// <summary>True makes this the guild's default template (the previous default stops being one).</summary>
    public bool? IsDefault { get; init; }

    public int? Order { get; init; }

    public void ApplyTo(GameTemplate template)
    {
        template.Name = Name?.Trim() ?? template.Name;
        template.ChannelId = ChannelId ?? template.ChannelId;
        template.MaxPlayers = MaxPlayers ?? template.MaxPlayers;
        template.DurationMinutes = DurationMinutes ?? template.DurationMinutes;
        template.ReminderMinutes = ReminderMinutes is null ? template.ReminderMinutes : [.. ReminderMinutes.Distinct().OrderDescending()];
        template.Where = Where ?? template.Where;
        template.SignupMethod = SignupMethod ?? template.SignupMethod;
        template.AllowedHostRoleIds = AllowedHostRoleIds is null ? template.AllowedHostRoleIds : [.. AllowedHostRoleIds.Distinct()];
        template.AllowedPlayerRoleIds = AllowedPlayerRoleIds is null ? template.AllowedPlayerRoleIds : [.. AllowedPlayerRoleIds.Distinct()];
        template.NotifyRoleIds = NotifyRoleIds is null ? template.NotifyRoleIds : [.. NotifyRoleIds.Distinct()];
        template.SignupInstructions = SignupInstructions ?? template.SignupInstructions;
        template.LockedFields = LockedFields is null ? template.LockedFields : [.. LockedFields.Distinct()];
        template.AfterGame = AfterGame ?? template.AfterGame;
        template.AfterGameDelayMinutes = AfterGameDelayMinutes ?? template.AfterGameDelayMinutes;
        template.ArchiveChannelId = ArchiveChannelId ?? template.ArchiveChannelId;
        template.Recurrence = ChangesRecurrence ? Recurrence : template.Recurrence;
        template.IsDefault = IsDefault ?? template.IsDefault;
        template.Order = Order ?? template.Order;
    }
}
