using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GameScheduler.Discord.Rest.RateLimits;

/// <summary>
/// The global pause in Valkey, so that the Api and the Bot hold back together. The key holds the pause's end (Unix
/// milliseconds) and expires with it. Discord calls must go on when Valkey cannot answer: this process then keeps the
/// pauses it learns of itself, as <see cref="InMemoryGlobalRateLimitStore"/> does, and logs the outage once.
/// </summary>
public sealed partial class ValkeyGlobalRateLimitStore(
    IConnectionMultiplexer valkey, IOptions<DiscordOptions> options, TimeProvider time, ILogger<ValkeyGlobalRateLimitStore> logger)
    : IGlobalRateLimitStore
{
    /// <summary>Extends the pause, never shortens it: the end and the expiry are set only when later than the stored end.</summary>
    private const string ExtendPause = """
        local current = tonumber(redis.call('GET', KEYS[1]) or '0')
        if tonumber(ARGV[1]) > current then
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        end
        """;

    private readonly InMemoryGlobalRateLimitStore local = new();
    private int unreachable;

    private RedisKey Key => $"discord:{options.Value.ApplicationId}:global-rate-limit:paused-until";

    public async ValueTask<DateTimeOffset> PausedUntilAsync(CancellationToken ct)
    {
        var known = await local.PausedUntilAsync(ct);
        var stored = await TryAsync(() => valkey.GetDatabase().StringGetAsync(Key), ct);
        return stored.TryParse(out long until) && DateTimeOffset.FromUnixTimeMilliseconds(until) > known
            ? DateTimeOffset.FromUnixTimeMilliseconds(until)
            : known;
    }

    public async ValueTask PauseUntilAsync(DateTimeOffset until, CancellationToken ct)
    {
        await local.PauseUntilAsync(until, ct);
        var lasts = (long)Math.Ceiling((until - time.GetUtcNow()).TotalMilliseconds);
        if (lasts <= 0) return;
        await TryAsync(() => valkey.GetDatabase().ScriptEvaluateAsync(ExtendPause, [Key], [until.ToUnixTimeMilliseconds(), lasts]), ct);
    }

    /// <returns>What Valkey answered, or the default (<see cref="RedisValue.Null"/>, null) when it could not answer.</returns>
    private async Task<T?> TryAsync<T>(Func<Task<T>> call, CancellationToken ct)
    {
        if (!valkey.IsConnected)
        {
            NoteUnreachable(null);
            return default;
        }

        try
        {
            var answer = await call().WaitAsync(ct);
            if (Interlocked.Exchange(ref unreachable, 0) == 1) LogReachable();
            return answer;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            NoteUnreachable(exception);
            return default;
        }
    }

    private void NoteUnreachable(Exception? exception)
    {
        if (Interlocked.Exchange(ref unreachable, 1) == 0) LogUnreachable(exception);
    }

    [LoggerMessage(LogLevel.Warning, "Valkey cannot answer; Discord's global rate limit is kept in this process only until it does")]
    private partial void LogUnreachable(Exception? exception);

    [LoggerMessage(LogLevel.Information, "Valkey answers again; Discord's global rate limit is shared again")]
    private partial void LogReachable();
}
