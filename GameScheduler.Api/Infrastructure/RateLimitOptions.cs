using System.Threading.RateLimiting;

namespace GameScheduler.Api.Infrastructure;

/// <summary>
/// The Api's rate limits (configuration section <c>RateLimits</c>), each a token bucket: <c>TokenLimit</c> requests at
/// once, then <c>TokensPerPeriod</c> more every <c>ReplenishmentPeriod</c>. Every Api instance counts on its own.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>
    /// Per client address and auth route. The burst holds a LAN party's or a test run's logins at once (the end-to-end
    /// suite starts 200 together); the refill allows five logins a second, which a whole community behind one address
    /// does not reach, yet a script of hundreds a second is refused.
    /// </summary>
    public TokenBucketRateLimiterOptions Auth { get; set; } = Bucket(tokenLimit: 300, tokensPerPeriod: 5, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Per signed-in user, every POST, PUT, PATCH and DELETE under /api: far more than a person clicks, enough for a host
    /// setting up a season of games in one go.
    /// </summary>
    public TokenBucketRateLimiterOptions Writes { get; set; } = Bucket(tokenLimit: 600, tokensPerPeriod: 10, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Per signed-in user, joins and leaves (also counted as writes): each one sends events, an announcement edit and
    /// DMs, so toggling is held to one a second once the burst is spent.
    /// </summary>
    public TokenBucketRateLimiterOptions Participation { get; set; } = Bucket(tokenLimit: 60, tokensPerPeriod: 1, TimeSpan.FromSeconds(1));

    private static TokenBucketRateLimiterOptions Bucket(int tokenLimit, int tokensPerPeriod, TimeSpan period) => new()
    {
        TokenLimit = tokenLimit,
        TokensPerPeriod = tokensPerPeriod,
        ReplenishmentPeriod = period,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
