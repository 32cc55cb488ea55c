namespace GameScheduler.Core.Guilds;

/// <summary>A guild as the bot sees it on Discord, with its text channels and roles.</summary>
public sealed record GuildSnapshot(
    string Id,
    string Name,
    string? IconHash,
    string OwnerId,
    IReadOnlyList<ChannelSnapshot> Channels,
    IReadOnlyList<RoleSnapshot> Roles)
{
    /// <summary>The bot's own user id.</summary>
    public string BotUserId { get; init; } = "";

    /// <summary>The roles the bot's own member holds in the guild.</summary>
    public IReadOnlyList<string> BotRoleIds { get; init; } = [];

    public GuildProfile Profile => new(Id, Name, IconHash, OwnerId);
}

public sealed record ChannelSnapshot(string Id, string Name)
{
    public IReadOnlyList<PermissionOverwrite> PermissionOverwrites { get; init; } = [];
}

/// <param name="Permissions">The role's permission bit set as Discord reports it.</param>
public sealed record RoleSnapshot(string Id, string Name, long Permissions);
