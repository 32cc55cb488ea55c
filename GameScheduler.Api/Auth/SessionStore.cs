using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GameScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;

namespace GameScheduler.Api.Auth;

/// <summary>
/// Sessions in Valkey, keyed by a 256-bit random token; each read from Valkey extends the session (sliding expiry).
/// A session found is kept in the <see cref="NearCache"/> for a few seconds, so requests in a row do not each ask
/// Valkey; replacing or deleting one evicts it there on every instance.
/// </summary>
public sealed class SessionStore(IConnectionMultiplexer valkey, IFusionCache nearCache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private IDatabase Database => valkey.GetDatabase();

    public async Task<string> CreateAsync(Session session)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await Database.StringSetAsync(Key(token), JsonSerializer.Serialize(session), Lifetime);
        return token;
    }

    public async Task<Session?> FindAsync(string token) =>
        await nearCache.GetOrSetAsync<Session?>(NearKey(token), async (entry, _) =>
        {
            var session = await FindStoredAsync(token);
            // Only sessions are kept: a flood of forged tokens must not fill the memory.
            entry.Options.SkipMemoryCacheWrite = session is null;
            return session;
        });

    /// <summary>The session as Valkey has it now, past this instance's copy (which another instance may just have replaced).</summary>
    public async Task<Session?> FindStoredAsync(string token)
    {
        var value = await Database.StringGetSetExpiryAsync(Key(token), Lifetime);
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<Session>(value.ToString());
    }

    public async Task ReplaceAsync(string token, Session session)
    {
        await Database.StringSetAsync(Key(token), JsonSerializer.Serialize(session), Lifetime);
        await nearCache.EvictEverywhereAsync(NearKey(token));
    }

    public async Task DeleteAsync(string token)
    {
        await Database.KeyDeleteAsync(Key(token));
        await nearCache.EvictEverywhereAsync(NearKey(token));
    }

    private static RedisKey Key(string token) => $"session:{token}";

    /// <summary>A digest, not the token: cache keys travel over pub/sub and into FusionCache's debug logs.</summary>
    private static string NearKey(string token) =>
        $"session:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)))}";
}
