namespace GameScheduler.DiscordEmulator.State;

/// <summary>The shape of seed.json: the guilds, channels, roles and users the emulator starts with.</summary>
public sealed record SeedDocument(SeedBot Bot, IReadOnlyList<SeedGuild> Guilds, IReadOnlyList<SeedUser> Users);

public sealed record SeedBot(string Username);

public sealed record SeedGuild(
    string Id,
    string Name,
    string OwnerId,
    IReadOnlyList<SeedChannel> Channels,
    IReadOnlyList<SeedRole> Roles);

public sealed record SeedChannel(string Id, string Name, int Type);

public sealed record SeedRole(string Id, string Name, string Permissions);

/// <summary>A user and the guilds they are in; role ids apply in whichever of those guilds defines them.</summary>
public sealed record SeedUser(
    string Id,
    string Username,
    IReadOnlyList<string> GuildIds,
    IReadOnlyList<string>? RoleIds = null,
    bool DmsClosed = false,
    string? GlobalName = null);
