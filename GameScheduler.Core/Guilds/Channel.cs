namespace GameScheduler.Core.Guilds;

/// <summary>A text channel of a guild where games can be announced.</summary>
public sealed class Channel
{
    public required string Id { get; init; }
    public required string GuildId { get; init; }
    public required string Name { get; set; }
}
