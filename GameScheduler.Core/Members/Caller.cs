using GameScheduler.Core.Guilds;
using GameScheduler.Core.Users;

namespace GameScheduler.Core.Members;

/// <summary>
/// The user on whose behalf Api or Bot acts, and the guilds they may see. A game, template or channel of a guild
/// missing from <see cref="Guilds"/> does not exist for this caller.
/// </summary>
public sealed record Caller(UserProfile User, IReadOnlyDictionary<string, GuildAccess> Guilds)
{
    public string UserId => User.Id;

    /// <summary>A caller seen in a single guild, as the bot sees the author of an interaction.</summary>
    public static Caller InGuild(UserProfile user, string guildId, GuildAccess access) =>
        new(user, new Dictionary<string, GuildAccess> { [guildId] = access });

    /// <summary>The caller's standing in <paramref name="guild"/>, or null when they are not a member.</summary>
    public GuildMember? MemberOf(Guild guild) =>
        Guilds.TryGetValue(guild.Id, out var access) ? new GuildMember(UserId, guild, access) : null;
}
