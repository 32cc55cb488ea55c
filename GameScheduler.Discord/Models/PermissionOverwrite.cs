namespace GameScheduler.Discord.Models;

/// <summary>
/// A channel's explicit allow and deny for one role (<see cref="Id"/> is the guild id for @everyone) or one member;
/// the bit sets are decimal strings, as Discord serializes them.
/// </summary>
public sealed record PermissionOverwrite(string Id, PermissionOverwriteType Type, string Allow, string Deny);

public enum PermissionOverwriteType
{
    Role = 0,
    Member = 1,
}
