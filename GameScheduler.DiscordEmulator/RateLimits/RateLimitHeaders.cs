using System.Globalization;

namespace GameScheduler.DiscordEmulator.RateLimits;

/// <summary>Writes Discord's X-RateLimit-* headers.</summary>
public static class RateLimitHeaders
{
    public static void WriteBucket(IHeaderDictionary headers, WindowState bucket, string bucketHash, DateTimeOffset now)
    {
        headers["X-RateLimit-Limit"] = bucket.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = Math.Max(bucket.Remaining, 0).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = Seconds(bucket.ResetAt.ToUnixTimeMilliseconds() / 1000.0);
        headers["X-RateLimit-Reset-After"] = Seconds((bucket.ResetAt - now).TotalSeconds);
        headers["X-RateLimit-Bucket"] = bucketHash;
    }

    public static void WriteRejection(IHeaderDictionary headers, RateLimitRejection rejection)
    {
        headers.RetryAfter = Math.Ceiling(rejection.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = rejection.Global ? "global" : "user";
        if (rejection.Global)
        {
            headers["X-RateLimit-Global"] = "true";
        }
    }

    public static string Seconds(double seconds) => Math.Max(seconds, 0).ToString("0.000", CultureInfo.InvariantCulture);
}
