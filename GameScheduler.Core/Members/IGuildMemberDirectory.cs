using GameScheduler.Core.Users;

namespace GameScheduler.Core.Members;

/// <summary>The members of the guilds the bot is in, as the bot's gateway reports them (the Api reads its projection).</summary>
public interface IGuildMemberDirectory
{
    /// <summary>The member's profile under the name the guild shows, or null when the user is not a member of the guild.</summary>
    Task<UserProfile?> FindAsync(string guildId, string userId, CancellationToken cancellationToken);
}
