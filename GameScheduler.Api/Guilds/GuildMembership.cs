using System.Text.Json;
using GameScheduler.Api.Auth;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Core.Guilds;
using GameScheduler.Core.Members;
using GameScheduler.Core.Users;
using GameScheduler.Discord.OAuth;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;

namespace GameScheduler.Api.Guilds;

/// <summary>
/// Which guilds the caller is in and what they hold there. The guild list comes from Discord's
/// <c>/users/@me/guilds</c> with the caller's own token, their roles in the guilds the bot shares with them from the
/// bot's member lookup; both are cached in Valkey for five minutes per user, and dropping the guild list (a member
/// removal, a login) drops the roles with it. Guilds the bot is not in are left to Core, which knows only the bot's.
/// </summary>
public sealed class GuildMembership(
    IConnectionMultiplexer valkey,
    IFusionCache nearCache,
    DiscordOAuthClient discord,
    DiscordTokens tokens,
    MemberRoleLookup roleLookup,
    GuildQueries guilds)
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(300);

    private IDatabase Cache => valkey.GetDatabase();

    /// <summary>Every guild Discord lists for the caller, whether or not the bot is in it.</summary>
    public async Task<IReadOnlyList<OAuthGuild>> GuildsAsync(HttpContext context, CancellationToken ct)
    {
        var session = SessionAuthenticationHandler.CurrentSession(context);
        var cached = await Cache.StringGetAsync(CacheKey(session.UserId));
        return cached.IsNullOrEmpty
            ? await RefreshGuildsAsync(session.UserId, await tokens.AccessTokenAsync(context, ct), ct)
            : Read<IReadOnlyList<OAuthGuild>>(cached);
    }

    /// <summary>
    /// The caller as Core sees them: their profile and their standing (permissions, roles) in each of their guilds. Their
    /// guilds and roles are kept in the <see cref="NearCache"/>, never longer than Valkey still holds the guild list.
    /// </summary>
    public async Task<Caller> CallerAsync(HttpContext context, CancellationToken ct)
    {
        var session = SessionAuthenticationHandler.CurrentSession(context);
        var user = new UserProfile(session.UserId, session.Username, session.DisplayName, session.AvatarHash);
        var standing = await nearCache.GetOrSetAsync<Standing>(
            NearKey(user.Id), (entry, entryCt) => ReadStandingAsync(context, user, entry, entryCt), token: ct);
        return ToCaller(user, standing.Guilds, standing.Roles);
    }

    private async Task<Standing> ReadStandingAsync(
        HttpContext context, UserProfile user, FusionCacheFactoryExecutionContext<Standing> entry, CancellationToken ct)
    {
        var cachedGuilds = Cache.StringGetWithExpiryAsync(CacheKey(user.Id));
        var cachedRoles = Cache.StringGetAsync(RolesKey(user.Id));
        var guildList = await cachedGuilds;
        if (guildList.Value.IsNullOrEmpty)
        {
            var fresh = await RefreshGuildsAsync(user.Id, await tokens.AccessTokenAsync(context, ct), ct);
            return new Standing(fresh, await RefreshRolesAsync(user, fresh, ct));
        }

        entry.Options.Duration = guildList.Expiry is { } left && left < NearCache.Lifetime ? left : NearCache.Lifetime;
        var discordGuilds = Read<IReadOnlyList<OAuthGuild>>(guildList.Value);
        var roles = await cachedRoles;
        return new Standing(discordGuilds, roles.IsNullOrEmpty
            ? await RefreshRolesAsync(user, discordGuilds, ct)
            : Read<Dictionary<string, string[]>>(roles));
    }

    /// <summary>Reads a user's guilds and roles afresh (at login, so their first requests and streams find them cached).</summary>
    public async Task RefreshAsync(UserProfile user, string accessToken, CancellationToken ct)
    {
        await RefreshRolesAsync(user, await RefreshGuildsAsync(user.Id, accessToken, ct), ct);
        await nearCache.EvictEverywhereAsync(NearKey(user.Id));
    }

    /// <summary>Drops a user's cached guild list and every instance's copy of it, so the next read asks Discord again.</summary>
    public static async Task ForgetAsync(IConnectionMultiplexer valkey, IFusionCache nearCache, string userId)
    {
        await valkey.GetDatabase().KeyDeleteAsync(CacheKey(userId));
        await nearCache.EvictEverywhereAsync(NearKey(userId));
    }

    /// <summary>The Valkey key of a user's cached Discord guild list (a JSON array of <see cref="OAuthGuild"/>).</summary>
    public static RedisKey CacheKey(string userId) => $"user-guilds:{userId}";

    private static RedisKey RolesKey(string userId) => $"user-guild-roles:{userId}";

    private static string NearKey(string userId) => $"standing:{userId}";

    /// <summary>A user's guilds as Discord lists them, and their roles in those the bot is in.</summary>
    private sealed record Standing(IReadOnlyList<OAuthGuild> Guilds, Dictionary<string, string[]> Roles);

    private async Task<IReadOnlyList<OAuthGuild>> RefreshGuildsAsync(string userId, string accessToken, CancellationToken ct)
    {
        var discordGuilds = await discord.GetCurrentUserGuildsAsync(accessToken, ct);
        var batch = Cache.CreateBatch();
        var stored = batch.StringSetAsync(CacheKey(userId), JsonSerializer.Serialize(discordGuilds), CacheLifetime);
        var rolesDropped = batch.KeyDeleteAsync(RolesKey(userId));
        batch.Execute();
        await Task.WhenAll(stored, rolesDropped);
        return discordGuilds;
    }

    private async Task<Dictionary<string, string[]>> RefreshRolesAsync(
        UserProfile user, IReadOnlyList<OAuthGuild> discordGuilds, CancellationToken ct)
    {
        // Only the guilds the bot is in: Discord would refuse the others, and a user may be in a hundred.
        var shared = await guilds.ListAsync(ToCaller(user, discordGuilds, roles: []), ct);
        var roles = await roleLookup.RolesAsync(user.Id, shared.Select(guild => guild.Id), ct);
        await Cache.StringSetAsync(RolesKey(user.Id), JsonSerializer.Serialize(roles), CacheLifetime);
        return roles;
    }

    private static Caller ToCaller(UserProfile user, IReadOnlyList<OAuthGuild> discordGuilds, Dictionary<string, string[]> roles) =>
        new(user, discordGuilds.ToDictionary(
            guild => guild.Id,
            guild => new GuildAccess(new HashSet<string>(roles.GetValueOrDefault(guild.Id) ?? []), guild.CanManageGuild)));

    private static T Read<T>(RedisValue json) => JsonSerializer.Deserialize<T>(json.ToString())!;
}
