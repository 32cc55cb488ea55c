using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GameScheduler.Discord.Rest.RateLimits;

/// <summary>
/// Every bot REST request passes through here. Requests wait for their bucket (method + route template + top-level
/// resource, or the bucket hash Discord named for that route, which routes share) and for the global limit, and a 429 is
/// waited out for its <c>retry_after</c> (for the bucket, or for everyone when global) and retried a bounded number of
/// times, never earlier. A wait longer than <see cref="DiscordOptions.RestMaxRetryAfter"/> is not sat out: the request
/// fails at once with a 429 <see cref="DiscordApiException"/>. A global pause is shared through the
/// <see cref="IGlobalRateLimitStore"/> with every other client of the application.
/// </summary>
public sealed partial class DiscordRateLimiter(
    TimeProvider time, IGlobalRateLimitStore globalPause, IOptions<DiscordOptions> options, ILogger<DiscordRateLimiter> logger)
{
    public const int MaxAttempts = 5;
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly GlobalRateLimit global = new(time, globalPause);
    private readonly Lock bucketsLock = new();
    private readonly Dictionary<string, RateLimitBucket> buckets = [];
    private readonly Dictionary<string, string> bucketHashes = [];
    private DateTimeOffset lastSweep;

    /// <param name="send">Sends one attempt; called again for each retry, so it must build a fresh request.</param>
    /// <returns>The first response that is not a 429, or the last 429 after <see cref="MaxAttempts"/>.</returns>
    internal async Task<HttpResponseMessage> SendAsync(
        RestRoute route, Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var bucket = Lease(route);
            try
            {
                var response = await SendInBucketAsync(route, bucket, send, attempt, ct);
                if (response is not null)
                {
                    return response;
                }
            }
            finally
            {
                Release(bucket);
            }
        }
    }

    /// <returns>The response, or null when it was a 429 to wait out and retry.</returns>
    private async Task<HttpResponseMessage?> SendInBucketAsync(
        RestRoute route, RateLimitBucket bucket, Func<CancellationToken, Task<HttpResponseMessage>> send, int attempt, CancellationToken ct)
    {
        await bucket.Gate.WaitAsync(ct);
        try
        {
            while (bucket.DelayBeforeNext(time.GetUtcNow()) is var delay && delay > TimeSpan.Zero)
            {
                FailIfBeyondCap(route, delay);
                LogBucketWait(route.Key, delay.TotalMilliseconds);
                await Task.Delay(delay, time, ct);
            }

            var response = await SendCountedAsync(route, send, ct);
            var headers = RateLimitHeaders.Read(response);
            var shared = LearnBucketHash(route, headers.Bucket, bucket);
            bucket.Update(headers, time.GetUtcNow());
            shared.Update(headers, time.GetUtcNow());
            if (!TooManyRequests.Is(response) || attempt == MaxAttempts)
            {
                return response;
            }

            var limited = await TooManyRequests.ReadAsync(response, ct);
            var until = time.GetUtcNow() + limited.RetryAfter;
            LogRateLimited(route.Key, limited.Global, limited.RetryAfter.TotalMilliseconds, attempt);
            if (limited.Global)
            {
                await global.PauseUntilAsync(until, ct);
            }
            else
            {
                bucket.PauseUntil(until);
                shared.PauseUntil(until);
            }

            if (limited.RetryAfter > MaxWait)
            {
                // The caller turns this last 429 into its exception; the pause still holds back the requests after it.
                return response;
            }

            response.Dispose();
            return null;
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    private async Task<HttpResponseMessage> SendCountedAsync(
        RestRoute route, Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken ct)
    {
        if (route.IsExemptFromGlobalLimit)
        {
            return await send(ct);
        }

        FailIfBeyondCap(route, await global.PauseLeftAsync(ct));
        await global.WaitTurnAsync(ct);
        try
        {
            return await send(ct);
        }
        finally
        {
            global.Complete();
        }
    }

    private TimeSpan MaxWait => options.Value.RestMaxRetryAfter;

    private void FailIfBeyondCap(RestRoute route, TimeSpan wait)
    {
        if (wait <= MaxWait) return;

        throw new DiscordApiException(HttpStatusCode.TooManyRequests, 0,
            $"rate limited for another {wait.TotalSeconds:0.#} s, longer than the {MaxWait.TotalSeconds:0.#} s this client waits",
            route.Key, null);
    }

    private RateLimitBucket Lease(RestRoute route)
    {
        lock (bucketsLock)
        {
            SweepIdleBuckets();
            var key = BucketKey(route);
            if (!buckets.TryGetValue(key, out var bucket))
            {
                bucket = new RateLimitBucket();
                buckets[key] = bucket;
            }

            bucket.Users++;
            return bucket;
        }
    }

    private void Release(RateLimitBucket bucket)
    {
        lock (bucketsLock)
        {
            bucket.Users--;
        }
    }

    /// <summary>
    /// Routes Discord puts in one bucket answer with the same <c>X-RateLimit-Bucket</c> hash; from then on they share one
    /// bucket per top-level resource.
    /// </summary>
    /// <returns>The bucket this route now shares (<paramref name="bucket"/> itself when it is the first with that hash).</returns>
    private RateLimitBucket LearnBucketHash(RestRoute route, string? hash, RateLimitBucket bucket)
    {
        if (hash is null)
        {
            return bucket;
        }

        lock (bucketsLock)
        {
            bucketHashes[route.Key] = hash;
            return buckets.TryAdd(BucketKey(route), bucket) ? bucket : buckets[BucketKey(route)];
        }
    }

    private string BucketKey(RestRoute route) =>
        $"{(bucketHashes.TryGetValue(route.Key, out var hash) ? hash : route.Key)}|{route.TopLevelResource}";

    /// <summary>Per-resource buckets (one per channel, interaction...) would pile up; idle ones with no pending reset go.</summary>
    private void SweepIdleBuckets()
    {
        var now = time.GetUtcNow();
        if (now - lastSweep < SweepInterval)
        {
            return;
        }

        lastSweep = now;
        foreach (var (key, bucket) in buckets)
        {
            if (bucket.Users == 0 && !bucket.IsExhausted(now))
            {
                buckets.Remove(key);
            }
        }
    }

    [LoggerMessage(LogLevel.Debug, "Waiting {DelayMs} ms for the rate-limit bucket of {Route}")]
    private partial void LogBucketWait(string route, double delayMs);

    [LoggerMessage(LogLevel.Warning, "Discord rate-limited {Route} (global: {Global}); retrying in {RetryAfterMs} ms (attempt {Attempt})")]
    private partial void LogRateLimited(string route, bool global, double retryAfterMs, int attempt);
}
