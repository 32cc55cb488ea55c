using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using StackExchange.Redis;

namespace GameScheduler.Api.Auth;

/// <summary>
/// The OAuth2 <c>state</c> of logins in progress: one-time, kept ten minutes, remembering where to return and which
/// redirect URI the code was issued for.
/// </summary>
public sealed class LoginStateStore(IConnectionMultiplexer valkey)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public sealed record PendingLogin(string ReturnTo, Uri RedirectUri);

    public async Task<string> CreateAsync(PendingLogin login)
    {
        var state = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));
        await valkey.GetDatabase().StringSetAsync(Key(state), JsonSerializer.Serialize(login), Lifetime);
        return state;
    }

    /// <summary>The login the state belongs to, consumed so the state cannot be replayed; null when unknown or used.</summary>
    public async Task<PendingLogin?> TakeAsync(string state)
    {
        var value = await valkey.GetDatabase().StringGetDeleteAsync(Key(state));
        return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<PendingLogin>(value.ToString());
    }

    private static RedisKey Key(string state) => $"login-state:{state}";
}
