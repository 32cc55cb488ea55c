using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using StackExchange.Redis;

namespace GameScheduler.Api.Auth;

/// <summary>Sessions in Valkey, keyed by a 256-bit random token; each use extends the session (sliding expiry).</summary>
public sealed class SessionStore(IConnectionMultiplexer valkey)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private IDatabase Database => valkey.GetDatabase();

    public async Task<string> CreateAsync(Session session)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await Database.StringSetAsync(Key(token), JsonSerializer.Serialize(session), Lifetime);
        return token;
    }

    public async Task<Session?> FindAsync(string token)
    {
        var value = await Database.StringGetSetExpiryAsync(Key(token), Lifetime);
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<Session>(value.ToString());
    }

    public Task ReplaceAsync(string token, Session session) =>
        Database.StringSetAsync(Key(token), JsonSerializer.Serialize(session), Lifetime);

    public Task DeleteAsync(string token) => Database.KeyDeleteAsync(Key(token));

    private static RedisKey Key(string token) => $"session:{token}";
}
