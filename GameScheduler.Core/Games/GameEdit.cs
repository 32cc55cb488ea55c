namespace GameScheduler.Core.Games;

/// <summary>A change to a game. Null fields keep their current value.</summary>
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
}
