namespace GameScheduler.Discord.Models;

/// <summary>
/// A guild as GUILD_CREATE delivers it: with its channels, roles and (with the GUILD_MEMBERS intent, for small guilds)
/// members. <see cref="Unavailable"/> is true while an outage hides it.
/// </summary>
public sealed record Guild(
    string Id,
    string Name,
    string? OwnerId = null,
    string? Icon = null,
    bool? Unavailable = null,
    int? MemberCount = null,
    IReadOnlyList<Role>? Roles = null,
    IReadOnlyList<Channel>? Channels = null,
    IReadOnlyList<GuildMember>? Members = null);

/// <summary>
/// A guild known only by id: READY lists the bot's guilds this way, and GUILD_DELETE carries one
/// (<see cref="Unavailable"/> true for an outage, absent when the bot left or was removed).
/// </summary>
public sealed record UnavailableGuild(string Id, bool? Unavailable = null)
{
    public bool BotWasRemoved => Unavailable != true;
}
