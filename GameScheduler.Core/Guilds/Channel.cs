namespace GameScheduler.Core.Guilds;

/// <summary>A text channel of a guild where games can be announced.</summary>
public sealed class Channel
{
    public required string Id { get; init; }
    public required string GuildId { get; init; }
    public required string Name { get; set; }

    /// <summary>The channel's overwrites as Discord lists them; who may view and post here follows from them.</summary>
    public List<PermissionOverwrite> PermissionOverwrites { get; set; } = [];

    /// <summary>When Discord deleted the channel; set only while a game or template still points at it.</summary>
    public DateTimeOffset? DeletedAt { get; set; }
}
