using System.Text.Json;
using GameScheduler.Api.Auth;
using GameScheduler.Api.Infrastructure;
using GameScheduler.Core.Members;
using GameScheduler.Core.Users;
using GameScheduler.Discord.OAuth;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;

namespace GameScheduler.Api.Guilds;

/// <summary>
/// Who a user is in each of their guilds, for requests, for streams as they open and re-check, and for event delivery.
/// Which guilds, and whether the user may manage each, come from Discord's <c>/users/@me/guilds</c> with the user's own
/// token, cached in Valkey for <see cref="CacheLifetime"/>; their roles come from the bot's member projection
/// (<see cref="MemberProjectionKeys"/>), which the gateway keeps current. Each instance keeps a user's memberships in the
/// <see cref="NearCache"/>, never longer than Valkey still holds their guild list; storing or dropping a list (a login,
/// a member removal) evicts every instance's copy.
/// </summary>
public sealed class GuildMembership(IConnectionMultiplexer valkey, IFusionCache nearCache, ILogger<GuildMembership> logger)
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(300);

    private IDatabase Cache => valkey.GetDatabase();

    /// <summary>The session's user as Core sees them: their profile and their standing in each of their guilds.</summary>
    public async Task<Caller> CallerAsync(HttpContext context, CancellationToken ct)
    {
        var session = SessionAuthenticationHandler.CurrentSession(context);
        var user = new UserProfile(session.UserId, session.Username, session.DisplayName, session.AvatarHash);
        return new Caller(user, await MembershipsAsync(context, ct));
    }

    /// <summary>The session's user's memberships keyed by guild id, every guild Discord lists whether or not the bot is in it.</summary>
    public async Task<IReadOnlyDictionary<string, Membership>> MembershipsAsync(HttpContext context, CancellationToken ct)
    {
        var userId = SessionAuthenticationHandler.CurrentSession(context).UserId;
        return await nearCache.GetOrSetAsync<IReadOnlyDictionary<string, Membership>>(NearKey(userId), async (entry, entryCt) =>
        {
            if ((await ReadAsync([userId]))[0] is { } stored)
            {
                entry.Options.Duration = NearLifetime(stored.Expiry);
                return stored.Memberships;
            }

            // The user's token and Discord client belong to the request; this service outlives it.
            var discord = context.RequestServices.GetRequiredService<DiscordOAuthClient>();
            var discordGuilds = await context.RequestServices.GetRequiredService<DiscordTokens>()
                .CallAsync(context, discord.GetCurrentUserGuildsAsync, entryCt);
            await WriteAsync(userId, discordGuilds);
            return (await ReadAsync([userId]))[0]?.Memberships ?? new Dictionary<string, Membership>();
        }, token: ct);
    }

    /// <summary>
    /// Whether each user is in the guild: true or false from their guild list, null when none is cached (their stream's
    /// own re-check fetches it again) or Valkey cannot be read. Users this instance does not hold are read in one round trip.
    /// </summary>
    public async Task<bool?[]> AreMembersAsync(IReadOnlyList<string> userIds, string guildId, CancellationToken ct)
    {
        var memberships = new IReadOnlyDictionary<string, Membership>?[userIds.Count];
        var unknown = new List<int>();
        for (var i = 0; i < userIds.Count; i++)
        {
            var held = nearCache.TryGet<IReadOnlyDictionary<string, Membership>>(NearKey(userIds[i]), token: ct);
            if (held.HasValue) memberships[i] = held.Value;
            else unknown.Add(i);
        }

        if (unknown.Count > 0)
        {
            try
            {
                var stored = await ReadAsync([.. unknown.Select(i => userIds[i])]).WaitAsync(ct);
                for (var j = 0; j < unknown.Count; j++)
                {
                    if (stored[j] is not { } found) continue;
                    memberships[unknown[j]] = found.Memberships;
                    nearCache.Set(NearKey(userIds[unknown[j]]), found.Memberships, entry => entry.SetDuration(NearLifetime(found.Expiry)), ct);
                }
            }
            catch (RedisException exception)
            {
                // Unknown rather than "not a member": during a cache outage streams keep their subscriptions, which
                // member removals still revoke.
                logger.LogWarning(exception, "Could not read cached guild lists; delivering by subscription.");
            }
        }

        return [.. memberships.Select(held => held?.ContainsKey(guildId))];
    }

    /// <summary>Stores the guild list Discord just gave for a user (at login, so their first requests find it cached).</summary>
    public async Task StoreAsync(string userId, IReadOnlyList<OAuthGuild> discordGuilds)
    {
        await WriteAsync(userId, discordGuilds);
        await nearCache.EvictEverywhereAsync(NearKey(userId));
    }

    /// <summary>Drops a user's guild list here and on every instance, so the next read asks Discord again.</summary>
    public async Task ForgetAsync(string userId, CancellationToken ct)
    {
        await Cache.KeyDeleteAsync(GuildsKey(userId)).WaitAsync(ct);
        await nearCache.EvictEverywhereAsync(NearKey(userId));
    }

    private sealed record Stored(IReadOnlyDictionary<string, Membership> Memberships, TimeSpan? Expiry);

    /// <summary>Each user's cached guild list joined with their roles from the member projection, or null where no list is cached.</summary>
    private async Task<Stored?[]> ReadAsync(IReadOnlyList<string> userIds)
    {
        var batch = Cache.CreateBatch();
        var reads = userIds.Select(userId => (
            UserId: userId,
            Guilds: batch.StringGetAsync(GuildsKey(userId)),
            Expiry: batch.KeyTimeToLiveAsync(GuildsKey(userId)),
            Roles: batch.HashGetAllAsync(MemberProjectionKeys.MemberRoles(userId)))).ToList();
        batch.Execute();
        await Task.WhenAll(reads.SelectMany(read => new Task[] { read.Guilds, read.Expiry, read.Roles }));
        return [.. reads.Select(read => Join(read.UserId, read.Guilds.Result, read.Expiry.Result, read.Roles.Result))];
    }

    private static Stored? Join(string userId, RedisValue guilds, TimeSpan? expiry, HashEntry[] roles)
    {
        if (guilds.IsNullOrEmpty) return null;
        var canManage = JsonSerializer.Deserialize<Dictionary<string, bool>>(guilds.ToString())!;
        var roleIds = roles.ToDictionary(entry => entry.Name.ToString(), entry => MemberProjectionKeys.DecodeRoles(entry.Value.ToString()));
        var memberships = canManage.ToDictionary(guild => guild.Key, guild => new Membership(
            userId, guild.Key, roleIds.GetValueOrDefault(guild.Key) ?? new HashSet<string>(), guild.Value));
        return new Stored(memberships, expiry);
    }

    /// <summary>Kept as each guild's id and whether the user may manage it: all the Api needs of Discord's entry.</summary>
    private Task WriteAsync(string userId, IReadOnlyList<OAuthGuild> discordGuilds) =>
        Cache.StringSetAsync(GuildsKey(userId),
            JsonSerializer.Serialize(discordGuilds.DistinctBy(guild => guild.Id).ToDictionary(guild => guild.Id, guild => guild.CanManageGuild)),
            CacheLifetime);

    private static TimeSpan NearLifetime(TimeSpan? listExpiry) =>
        listExpiry is { } left && left < NearCache.Lifetime ? left : NearCache.Lifetime;

    /// <summary>A JSON object: each guild id Discord lists for the user → whether they may manage it.</summary>
    private static RedisKey GuildsKey(string userId) => $"user-memberships:{userId}";

    private static string NearKey(string userId) => $"memberships:{userId}";
}
