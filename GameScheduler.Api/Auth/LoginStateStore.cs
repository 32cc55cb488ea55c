using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using StackExchange.Redis;

namespace GameScheduler.Api.Auth;

/// <summary>
/// The OAuth2 <c>state</c> of logins in progress: one-time, kept ten minutes, remembering where to return, which
/// redirect URI the code was issued for and the PKCE verifier, and bound to the browser that started the login by a
/// nonce only that browser holds (kept here as a hash).
/// </summary>
public sealed class LoginStateStore(IConnectionMultiplexer valkey)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public sealed record PendingLogin(string ReturnTo, Uri RedirectUri, string CodeVerifier);

    /// <summary>The state to send to Discord and the nonce to give the browser that started the login.</summary>
    public sealed record IssuedState(string State, string Nonce);

    public async Task<IssuedState> CreateAsync(PendingLogin login)
    {
        var issued = new IssuedState(NewSecret(), NewSecret());
        await valkey.GetDatabase().StringSetAsync(Key(issued.State), JsonSerializer.Serialize(new StoredLogin(login, Hash(issued.Nonce))), Lifetime);
        return issued;
    }

    /// <summary>
    /// The login the state belongs to when <paramref name="nonce"/> is the one issued with it; null when the state is
    /// unknown or used or the nonce differs. The state is consumed either way, so it cannot be replayed or guessed at.
    /// </summary>
    public async Task<PendingLogin?> TakeAsync(string state, string? nonce)
    {
        var value = await valkey.GetDatabase().StringGetDeleteAsync(Key(state));
        if (value.IsNullOrEmpty || string.IsNullOrEmpty(nonce))
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize<StoredLogin>(value.ToString())!;
        return CryptographicOperations.FixedTimeEquals(stored.NonceHash, Hash(nonce)) ? stored.Login : null;
    }

    private static string NewSecret() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));

    private static byte[] Hash(string nonce) => SHA256.HashData(Encoding.UTF8.GetBytes(nonce));

    private static RedisKey Key(string state) => $"login-state:{state}";

    private sealed record StoredLogin(PendingLogin Login, byte[] NonceHash);
}
