using System.Text.Json;
using GameScheduler.Api.Guilds;
using GameScheduler.Discord.OAuth;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;

namespace GameScheduler.Api.Realtime;

/// <summary>Reads the guild lists <see cref="GuildMembership"/> caches, many users in one round trip.</summary>
public sealed class ValkeyGuildListCache(IConnectionMultiplexer valkey, IFusionCache nearCache, ILogger<ValkeyGuildListCache> logger)
    : IGuildListCache
{
    public async Task<IReadOnlySet<string>?[]> GuildIdsAsync(IReadOnlyList<string> userIds, CancellationToken ct)
    {
        try
        {
            var lists = await valkey.GetDatabase().StringGetAsync([.. userIds.Select(GuildMembership.CacheKey)]).WaitAsync(ct);
            return [.. lists.Select(list => list.IsNullOrEmpty ? null : GuildIds(list.ToString()))];
        }
        catch (RedisException exception)
        {
            // Unknown rather than "not a member": during a cache outage streams keep their subscriptions, which
            // member removals still revoke.
            logger.LogWarning(exception, "Could not read cached guild lists; delivering by subscription.");
            return new IReadOnlySet<string>?[userIds.Count];
        }
    }

    public Task ForgetAsync(string userId, CancellationToken ct) =>
        GuildMembership.ForgetAsync(valkey, nearCache, userId).WaitAsync(ct);

    private static HashSet<string> GuildIds(string json) =>
        [.. JsonSerializer.Deserialize<List<OAuthGuild>>(json)?.Select(guild => guild.Id) ?? []];
}
