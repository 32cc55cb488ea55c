namespace GameScheduler.DiscordEmulator.Models;

/// <summary>Discord's overwrite object: bits a channel allows or denies a role (type 0) or a member (type 1).</summary>
public sealed record PermissionOverwrite(string Id, int Type, string Allow, string Deny)
{
    public const int RoleType = 0;
    public const int MemberType = 1;
}
