namespace GameScheduler.DiscordEmulator.Models;

/// <summary>Discord's channel object: a guild text channel with its overwrites, or a DM channel with its recipient.</summary>
public sealed record Channel(
    string Id,
    int Type,
    string? GuildId,
    string? Name,
    int? Position,
    IReadOnlyList<DiscordUser>? Recipients,
    IReadOnlyList<PermissionOverwrite>? PermissionOverwrites = null)
{
    public const int GuildTextType = 0;
    public const int DirectMessageType = 1;
}
