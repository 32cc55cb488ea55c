using GameScheduler.Core.Members;
using GameScheduler.Core.Users;
using GameScheduler.Discord.Models;
using User = GameScheduler.Discord.Models.User;

namespace GameScheduler.Bot.Interactions;

/// <summary>Who clicked or ran a command, as Core's rules see them: Discord puts the member's roles and permissions in the interaction.</summary>
internal static class InteractionCaller
{
    /// <summary>The member in the interaction's guild, or null for an interaction outside a guild.</summary>
    public static Caller? InGuild(Interaction interaction) =>
        interaction is { GuildId: { } guildId, Member: { User: { } user } member }
            ? Caller.InGuild(Profile(user), Membership(guildId, user, member))
            : null;

    public static UserProfile Profile(User user) => new(user.Id, user.Username, user.DisplayName, user.Avatar);

    public static Membership Membership(string guildId, User user, GuildMember member) =>
        new(user.Id, guildId, member.Roles.ToHashSet(), DiscordPermissions.Parse(member.Permissions).CanManageGuild());
}
