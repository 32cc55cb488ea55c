using GameScheduler.Core.Users;

namespace GameScheduler.Core.Games;

/// <summary>A request to create a game. Every field left null comes from the template (or the guild's default template).</summary>
public sealed record NewGame(string GuildId)
{
    public Guid? TemplateId { get; init; }
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

    /// <summary>How the game repeats; null for the template's default.</summary>
    public Recurrence? Recurrence { get; init; }
    public bool? CarryOverPlayers { get; init; }
    public int? ConfirmMinutesBefore { get; init; }

    /// <summary>The member to host the game instead of the caller (bot managers only); null for the caller.</summary>
    public NamedHost? Host { get; init; }
}

/// <summary>A user named as a game's host, with their profile as the guild's member list shows it; null when not a member.</summary>
public sealed record NamedHost(string UserId, UserProfile? Member);
