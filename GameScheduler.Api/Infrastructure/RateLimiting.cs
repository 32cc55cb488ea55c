using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace GameScheduler.Api.Infrastructure;

/// <summary>
/// ASP.NET Core's rate limiter with the limits of <see cref="RateLimitOptions"/>: every write per signed-in user, and
/// the routes that ask for it with <see cref="PerAddress"/> or <see cref="Participation"/>. A refusal is a 429 problem
/// with <c>Retry-After</c> in whole seconds.
/// </summary>
public static class RateLimiting
{
    /// <summary>Per client address (as seen through trusted proxies), each route its own bucket: for routes without a user.</summary>
    public const string PerAddress = "per-address";

    /// <summary>Per signed-in user: joining and leaving games.</summary>
    public const string Participation = "participation";

    private const string Unlimited = "";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.SectionName));
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                AntiForgeryMiddleware.IsStateChanging(context.Request) && UserId(context) is { } userId
                    ? RateLimitPartition.GetTokenBucketLimiter(userId, _ => Limits(context).Writes)
                    : RateLimitPartition.GetNoLimiter(Unlimited));
            limiter.AddPolicy(PerAddress, context => RateLimitPartition.GetTokenBucketLimiter(
                $"{context.Connection.RemoteIpAddress} {RoutePattern(context)}", _ => Limits(context).Auth));
            limiter.AddPolicy(Participation, context => UserId(context) is { } userId
                ? RateLimitPartition.GetTokenBucketLimiter(userId, _ => Limits(context).Participation)
                : RateLimitPartition.GetNoLimiter(Unlimited));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RefuseAsync;
        });
        return services;
    }

    private static RateLimitOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    /// <summary>The route's template, not the raw path, which a client could vary by case or a trailing slash.</summary>
    private static string? RoutePattern(HttpContext context) => (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;

    private static string? UserId(HttpContext context) => context.User.FindFirstValue(ClaimTypes.NameIdentifier);

    private static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            title: "Too many requests",
            detail: $"This client has sent more of these requests than the Api takes in this time; try again in {seconds} seconds.",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context);
    }
}
