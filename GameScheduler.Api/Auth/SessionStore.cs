using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GameScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;

namespace GameScheduler.Api.Auth;

/// <summary>
/// Sessions in Valkey, keyed by the SHA-256 digest of a 256-bit random token, so a dump of Valkey holds no token a
/// browser could present. Each read from Valkey extends the session by its idle timeout, never past its absolute end
/// (<see cref="SessionLifetimes"/>). A session found is kept in the <see cref="NearCache"/> for a few seconds, so
/// requests in a row do not each ask Valkey; replacing or deleting one evicts it there on every instance.
/// </summary>
public sealed class SessionStore(IConnectionMultiplexer valkey, IFusionCache nearCache, IOptions<SessionLifetimes> lifetimes, TimeProvider time)
{
    private IDatabase Database => valkey.GetDatabase();

    private SessionLifetimes Lifetimes => lifetimes.Value;

    public async Task<string> CreateAsync(Session session)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await Database.StringSetAsync(Key(token), JsonSerializer.Serialize(session), TimeToLive(session));
        return token;
    }

    public async Task<Session?> FindAsync(string token)
    {
        var session = await nearCache.GetOrSetAsync<Session?>(Key(token), async (entry, _) =>
        {
            var stored = await FindStoredAsync(token);
            // Only sessions are kept: a flood of forged tokens must not fill the memory.
            entry.Options.SkipMemoryCacheWrite = stored is null;
            return stored;
        });
        // A copy in memory may outlive the session's absolute end by a few seconds.
        return session is not null && TimeToLive(session) > TimeSpan.Zero ? session : null;
    }

    /// <summary>The session as Valkey has it now, past this instance's copy (which another instance may just have replaced).</summary>
    public async Task<Session?> FindStoredAsync(string token)
    {
        var key = Key(token);
        var value = await Database.StringGetAsync(key);
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        var session = JsonSerializer.Deserialize<Session>(value.ToString())!;
        var timeToLive = TimeToLive(session);
        if (timeToLive <= TimeSpan.Zero)
        {
            await Database.KeyDeleteAsync(key, CommandFlags.FireAndForget);
            return null;
        }

        // Sent after the read on the same connection, so Valkey applies it before any later command of this instance.
        await Database.KeyExpireAsync(key, timeToLive, CommandFlags.FireAndForget);
        return session;
    }

    public async Task ReplaceAsync(string token, Session session)
    {
        var timeToLive = TimeToLive(session);
        if (timeToLive <= TimeSpan.Zero)
        {
            await DeleteAsync(token);
            return;
        }

        await Database.StringSetAsync(Key(token), JsonSerializer.Serialize(session), timeToLive);
        await nearCache.EvictEverywhereAsync(Key(token));
    }

    public async Task DeleteAsync(string token)
    {
        await Database.KeyDeleteAsync(Key(token));
        await nearCache.EvictEverywhereAsync(Key(token));
    }

    /// <summary>How long the session lives from now if unused: the idle timeout, cut short by its absolute end.</summary>
    private TimeSpan TimeToLive(Session session)
    {
        var untilEnd = session.StartedAt + Lifetimes.AbsoluteLifetime - time.GetUtcNow();
        return untilEnd < Lifetimes.IdleTimeout ? untilEnd : Lifetimes.IdleTimeout;
    }

    /// <summary>A digest, not the token: keys are in Valkey's dumps, travel over pub/sub and into FusionCache's debug logs.</summary>
    private static string Key(string token) => $"session:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)))}";
}
