namespace GameScheduler.Discord.Models;

/// <summary>
/// A guild channel (with its <see cref="PermissionOverwrites"/>) or a DM channel (then <see cref="Recipients"/> names
/// the other side).
/// </summary>
public sealed record Channel(
    string Id,
    ChannelType Type,
    string? GuildId = null,
    string? Name = null,
    int? Position = null,
    string? ParentId = null,
    IReadOnlyList<User>? Recipients = null,
    IReadOnlyList<PermissionOverwrite>? PermissionOverwrites = null);

/// <summary>The channel types the product meets; others arrive as their numbers.</summary>
public enum ChannelType
{
    GuildText = 0,
    DirectMessage = 1,
    GuildVoice = 2,
    GroupDirectMessage = 3,
    GuildCategory = 4,
    GuildAnnouncement = 5,
}
