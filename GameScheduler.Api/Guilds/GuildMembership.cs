using System.Text.Json;
using GameScheduler.Api.Auth;
using GameScheduler.Core.Members;
using GameScheduler.Core.Users;
using GameScheduler.Discord.OAuth;
using StackExchange.Redis;

namespace GameScheduler.Api.Guilds;

/// <summary>
/// Which guilds the caller is in, from Discord's <c>/users/@me/guilds</c> with the caller's own token, cached in
/// Valkey for five minutes per user. Guilds the bot is not in are dropped later by Core, which knows only the
/// bot's guilds.
/// </summary>
public sealed class GuildMembership(IConnectionMultiplexer valkey, DiscordOAuthClient discord, DiscordTokens tokens)
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(300);

    public async Task<IReadOnlyList<OAuthGuild>> GuildsAsync(HttpContext context, CancellationToken ct)
    {
        var session = SessionAuthenticationHandler.CurrentSession(context);
        var cache = valkey.GetDatabase();
        var cached = await cache.StringGetAsync(CacheKey(session.UserId));
        if (!cached.IsNullOrEmpty)
        {
            return JsonSerializer.Deserialize<IReadOnlyList<OAuthGuild>>(cached.ToString())!;
        }

        var guilds = await discord.GetCurrentUserGuildsAsync(await tokens.AccessTokenAsync(context, ct), ct);
        await cache.StringSetAsync(CacheKey(session.UserId), JsonSerializer.Serialize(guilds), CacheLifetime);
        return guilds;
    }

    /// <summary>The caller as Core sees them: their profile and their standing in each of their guilds.</summary>
    public async Task<Caller> CallerAsync(HttpContext context, CancellationToken ct)
    {
        var session = SessionAuthenticationHandler.CurrentSession(context);
        var guilds = await GuildsAsync(context, ct);
        return new Caller(
            new UserProfile(session.UserId, session.Username, session.DisplayName, session.AvatarHash),
            guilds.ToDictionary(guild => guild.Id, guild => new GuildAccess(new HashSet<string>(), guild.CanManageGuild)));
    }

    /// <summary>Drops the cached list, so the next request asks Discord again (after a login or a member removal).</summary>
    public Task ForgetAsync(string userId) => valkey.GetDatabase().KeyDeleteAsync(CacheKey(userId));

    public static RedisKey CacheKey(string userId) => $"user-guilds:{userId}";
}
