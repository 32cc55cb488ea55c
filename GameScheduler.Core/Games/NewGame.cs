namespace GameScheduler.Core.Games;

/// <summary>A request to create a game. Every field left null comes from the template (or the guild's default template).</summary>
public sealed record NewGame(string GuildId)
{
    public Guid? TemplateId { get; init; }
    public string? ChannelId { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public DateTimeOffset? ScheduledAt { get; init; }
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
