using GameScheduler.Core.Guilds;
using GameScheduler.Core.Users;

namespace GameScheduler.Core.Members;

/// <summary>
/// The user on whose behalf Api or Bot acts, and their memberships keyed by guild id. A game, template or channel of a
/// guild missing from <see cref="Guilds"/> does not exist for this caller.
/// </summary>
public sealed record Caller(UserProfile User, IReadOnlyDictionary<string, Membership> Guilds)
{
    public string UserId => User.Id;

    public static Caller Of(UserProfile user, IEnumerable<Membership> memberships) =>
        new(user, memberships.ToDictionary(membership => membership.GuildId));

    /// <summary>A caller seen in a single guild, as the bot sees the author of an interaction.</summary>
    public static Caller InGuild(UserProfile user, Membership membership) => Of(user, [membership]);

    /// <summary>The caller's standing in <paramref name="guild"/>, or null when they are not a member.</summary>
    public Membership? MemberOf(Guild guild) => Guilds.GetValueOrDefault(guild.Id);
}
