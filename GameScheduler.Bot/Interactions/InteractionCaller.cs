using GameScheduler.Core.Members;
using GameScheduler.Core.Users;
using GameScheduler.Discord.Models;
using User = GameScheduler.Discord.Models.User;

namespace GameScheduler.Bot.Interactions;

/// <summary>
/// Who clicked or ran a command, as Core's rules see them: in a guild Discord puts the member's roles and permissions in the
/// interaction; in the bot's DMs there is no guild, only the user.
/// </summary>
internal static class InteractionCaller
{
    /// <summary>The member in the interaction's guild, or null for an interaction outside a guild.</summary>
    public static Caller? InGuild(Interaction interaction) =>
        interaction is { GuildId: { } guildId, Member: { User: { } user } member }
            ? Caller.InGuild(Profile(user), Membership(guildId, user, member))
            : null;

    /// <summary>The user who clicked in their DMs with the bot, whom Discord names in the top-level user; null for an interaction in a guild.</summary>
    public static UserProfile? InDirectMessage(Interaction interaction) =>
        interaction is { GuildId: null, User: { } user } ? Profile(user) : null;

    public static UserProfile Profile(User user) => new(user.Id, user.Username, user.DisplayName, user.Avatar);

    public static Membership Membership(string guildId, User user, GuildMember member) =>
        new(user.Id, guildId, member.Roles.ToHashSet(), DiscordPermissions.Parse(member.Permissions).CanManageGuild());
}
