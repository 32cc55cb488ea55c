namespace GameScheduler.Core.Games;

/// <summary>A change to a game. Null fields keep their current value; <see cref="Recurrence"/> counts only with <see cref="ChangesRecurrence"/>.</summary>
public sealed record GameEdit
{
    public string? ChannelId { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>When to announce the game in Discord; a time already past announces it at once.</summary>
    public DateTimeOffset? PostAt { get; init; }
    public string? TimeZone { get; init; }
    public int? DurationMinutes { get; init; }
    public int? MaxPlayers { get; init; }
    public string? Where { get; init; }
    public SignupMethod? SignupMethod { get; init; }
    public IReadOnlyList<int>? ReminderMinutes { get; init; }
    public IReadOnlyList<string>? AllowedPlayerRoleIds { get; init; }
    public IReadOnlyList<string>? NotifyRoleIds { get; init; }
    public string? SignupInstructions { get; init; }

    /// <summary>The new rule, null to stop the series; read only when <see cref="ChangesRecurrence"/>.</summary>
    public Recurrence? Recurrence { get; init; }

    public bool ChangesRecurrence { get; init; }
    public bool? CarryOverPlayers { get; init; }
    public int? ConfirmMinutesBefore { get; init; }

    /// <summary>For a game of a series: whether the change is of this game alone or of the games after it too.</summary>
    public SeriesEditScope ApplyTo { get; init; }
}
