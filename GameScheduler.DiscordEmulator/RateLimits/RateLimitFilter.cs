using GameScheduler.DiscordEmulator.Rest;
using GameScheduler.DiscordEmulator.State;

namespace GameScheduler.DiscordEmulator.RateLimits;

/// <summary>Runs in front of every REST endpoint: counts the request, enforces limits and writes the headers.</summary>
public sealed class RateLimitFilter(RateLimiter limiter, EmulatorStats stats) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var route = ApiRoute.Of(http);
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<RateLimitPolicy>() ?? RateLimitPolicy.Default;
        stats.RecordRequest(route.Key);

        var verdict = limiter.Evaluate(route, policy, http.User.IsBot());
        if (verdict.Bucket is { } bucket)
        {
            RateLimitHeaders.WriteBucket(http.Response.Headers, bucket, route.BucketHash, verdict.Now);
        }

        if (verdict.Rejection is { } rejection)
        {
            stats.RecordRateLimited();
            RateLimitHeaders.WriteRejection(http.Response.Headers, rejection);
            return new RateLimitedResult(rejection);
        }

        return await next(context);
    }
}
