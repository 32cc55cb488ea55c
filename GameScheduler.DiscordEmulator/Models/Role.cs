namespace GameScheduler.DiscordEmulator.Models;

/// <summary>Discord's role object; permissions is a decimal bit set in a string.</summary>
public sealed record Role(
    string Id,
    string Name,
    string Permissions,
    int Position,
    int Color,
    bool Hoist,
    bool Managed,
    bool Mentionable,
    int Flags);
