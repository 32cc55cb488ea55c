using GameScheduler.Core.Members;
using GameScheduler.Core.Users;
using GameScheduler.Discord.Models;
using DiscordMember = GameScheduler.Discord.Models.GuildMember;
using User = GameScheduler.Discord.Models.User;

namespace GameScheduler.Bot.Interactions;

/// <summary>Who clicked or ran a command, as Core's rules see them: Discord puts the member's roles and permissions in the interaction.</summary>
internal static class InteractionCaller
{
    private const long Administrator = 1L << 3;
    private const long ManageGuild = 1L << 5;

    /// <summary>The member in the interaction's guild, or null for an interaction outside a guild.</summary>
    public static Caller? InGuild(Interaction interaction) =>
        interaction is { GuildId: { } guildId, Member: { User: { } user } member }
            ? Caller.InGuild(Profile(user), guildId, Access(member))
            : null;

    public static UserProfile Profile(User user) => new(user.Id, user.Username, user.DisplayName, user.Avatar);

    public static GuildAccess Access(DiscordMember member) =>
        new(member.Roles.ToHashSet(), long.TryParse(member.Permissions, out var bits) && (bits & (Administrator | ManageGuild)) != 0);
}
