namespace GameScheduler.Core.Guilds;

/// <summary>A role of a guild; its id may appear in bot-manager, host and player role lists.</summary>
public sealed class GuildRole
{
    public required string Id { get; init; }
    public required string GuildId { get; init; }
    public required string Name { get; set; }

    /// <summary>The role's permission bit set as Discord reports it.</summary>
    public long Permissions { get; set; }
}
