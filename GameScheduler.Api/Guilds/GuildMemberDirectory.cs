using GameScheduler.Core.Members;
using GameScheduler.Core.Users;
using StackExchange.Redis;

namespace GameScheduler.Api.Guilds;

/// <summary>
/// A guild's members as the bot's gateway projection holds them in Valkey (<see cref="MemberProjectionKeys.GuildMembers"/>:
/// user id → the name the guild shows), for adding players, naming hosts and suggesting members by name.
/// </summary>
public sealed class GuildMemberDirectory(IConnectionMultiplexer valkey) : IGuildMemberDirectory
{
    public const int MaxSuggestions = 25;

    private IDatabase Projection => valkey.GetDatabase();

    /// <remarks>
    /// The projection holds one name per member, so it stands for both the username and the display name until the
    /// member's own login or interaction records their Discord profile.
    /// </remarks>
    public async Task<UserProfile?> FindAsync(string guildId, string userId, CancellationToken cancellationToken)
    {
        var name = await Projection.HashGetAsync(MemberProjectionKeys.GuildMembers(guildId), userId).WaitAsync(cancellationToken);
        return name.HasValue ? new UserProfile(userId, name.ToString(), name.ToString()) : null;
    }

    /// <summary>Up to <see cref="MaxSuggestions"/> members whose name contains <paramref name="text"/> (ignoring case), by name.</summary>
    public async Task<IReadOnlyList<GuildMemberResponse>> SearchAsync(string guildId, string text, CancellationToken cancellationToken)
    {
        // Read whole: Valkey cannot match a hash's values by a case-insensitive substring.
        var members = await Projection.HashGetAllAsync(MemberProjectionKeys.GuildMembers(guildId)).WaitAsync(cancellationToken);
        return
        [
            .. members
                .Select(member => new GuildMemberResponse(member.Name.ToString(), member.Value.ToString()))
                .Where(member => member.DisplayName.Contains(text, StringComparison.OrdinalIgnoreCase))
                .OrderBy(member => member.DisplayName, StringComparer.OrdinalIgnoreCase)
                .ThenBy(member => member.UserId, StringComparer.Ordinal)
                .Take(MaxSuggestions),
        ];
    }
}
