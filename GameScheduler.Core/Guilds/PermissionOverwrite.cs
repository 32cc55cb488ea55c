namespace GameScheduler.Core.Guilds;

/// <summary>
/// A channel's permission overwrite for one role (<see cref="Id"/> is the role id, the guild id for @everyone) or one
/// member; <see cref="Allow"/> and <see cref="Deny"/> are Discord's permission bit sets.
/// </summary>
public sealed record PermissionOverwrite(string Id, PermissionOverwriteType Type, long Allow, long Deny);

/// <summary>Whom an overwrite applies to, numbered as Discord numbers it.</summary>
public enum PermissionOverwriteType
{
    Role = 0,
    Member = 1,
}
