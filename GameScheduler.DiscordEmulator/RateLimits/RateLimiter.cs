using System.Collections.Concurrent;

namespace GameScheduler.DiscordEmulator.RateLimits;

/// <summary>
/// Discord's limits: a bucket per route and top-level id, a global 50 requests per second for the
/// bot token, and any 429s injected through the control API.
/// </summary>
public sealed class RateLimiter(TimeProvider time, RateLimitFaults faults)
{
    private const int GlobalRequestsPerSecond = 50;

    private readonly ConcurrentDictionary<string, FixedWindow> _buckets = new();
    private readonly FixedWindow _global = new(GlobalRequestsPerSecond, TimeSpan.FromSeconds(1));

    public RateLimitVerdict Evaluate(ApiRoute route, RateLimitPolicy policy, bool isBotRequest)
    {
        var now = time.GetUtcNow();
        if (faults.TryConsume(route.Method, route.Template) is { } fault)
        {
            var retryAfter = TimeSpan.FromSeconds(fault.RetryAfterSeconds);
            var bucket = fault.Global ? null : new WindowState(false, policy.Limit, 0, now + retryAfter);
            return new RateLimitVerdict(now, bucket, new RateLimitRejection(retryAfter, fault.Global));
        }

        if (isBotRequest && policy.CountsTowardGlobal)
        {
            var global = _global.TryTake(now);
            if (!global.Allowed)
            {
                return new RateLimitVerdict(now, Bucket: null, new RateLimitRejection(global.ResetAt - now, Global: true));
            }
        }

        var state = _buckets.GetOrAdd(route.BucketKey, _ => new FixedWindow(policy.Limit, policy.Window)).TryTake(now);
        var rejection = state.Allowed ? null : new RateLimitRejection(state.ResetAt - now, Global: false);
        return new RateLimitVerdict(now, state, rejection);
    }
}

/// <summary>The bucket state to report in headers, and the 429 to send instead of the response, if any.</summary>
public sealed record RateLimitVerdict(DateTimeOffset Now, WindowState? Bucket, RateLimitRejection? Rejection);

public sealed record RateLimitRejection(TimeSpan RetryAfter, bool Global);
