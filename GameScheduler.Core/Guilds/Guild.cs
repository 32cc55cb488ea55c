namespace GameScheduler.Core.Guilds;

/// <summary>A Discord guild the bot is in, with its GameScheduler configuration.</summary>
public sealed class Guild
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public string? IconHash { get; set; }
    public required string OwnerId { get; set; }

    /// <summary>Members holding one of these roles manage games and templates, as ADMINISTRATOR and MANAGE_GUILD holders do.</summary>
    public List<string> BotManagerRoleIds { get; set; } = [];

    /// <summary>The bot's own user, whose member overwrites count in its permissions in a channel.</summary>
    public string BotUserId { get; set; } = "";

    /// <summary>
    /// When the bot was removed from the guild: from then on the guild, its games and templates exist for no one, yet
    /// they are kept, and come back when the bot is added again.
    /// </summary>
    public DateTimeOffset? RemovedAt { get; set; }

    /// <summary>The roles the bot itself holds here, so its permissions in a channel can be computed.</summary>
    public List<string> BotRoleIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
