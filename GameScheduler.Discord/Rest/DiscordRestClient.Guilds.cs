using System.Globalization;
using GameScheduler.Discord.Models;

namespace GameScheduler.Discord.Rest;

public sealed partial class DiscordRestClient
{
    /// <summary>The most members one page of <see cref="ListGuildMembersAsync"/> returns.</summary>
    public const int MaxMembersPerPage = 1000;

    public Task<GuildMember> GetGuildMemberAsync(string guildId, string userId, CancellationToken ct) =>
        SendAsync<GuildMember>(RestRoute.Create(HttpMethod.Get, "/guilds/{guild_id}/members/{user_id}", guildId, userId), null, ct);

    /// <summary>One page of members ordered by user id, starting after <paramref name="afterUserId"/> (needs GUILD_MEMBERS).</summary>
    public Task<IReadOnlyList<GuildMember>> ListGuildMembersAsync(
        string guildId, int limit, string? afterUserId, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxMembersPerPage);
        var query = new Dictionary<string, string> { ["limit"] = limit.ToString(CultureInfo.InvariantCulture) };
        if (afterUserId is not null)
        {
            query["after"] = afterUserId;
        }

        var route = RestRoute.Create(HttpMethod.Get, "/guilds/{guild_id}/members", guildId).WithQuery(query);
        return SendAsync<IReadOnlyList<GuildMember>>(route, null, ct);
    }

    public Task<IReadOnlyList<Channel>> GetGuildChannelsAsync(string guildId, CancellationToken ct) =>
        SendAsync<IReadOnlyList<Channel>>(RestRoute.Create(HttpMethod.Get, "/guilds/{guild_id}/channels", guildId), null, ct);

    public Task<IReadOnlyList<Role>> GetGuildRolesAsync(string guildId, CancellationToken ct) =>
        SendAsync<IReadOnlyList<Role>>(RestRoute.Create(HttpMethod.Get, "/guilds/{guild_id}/roles", guildId), null, ct);
}
