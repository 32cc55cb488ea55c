namespace GameScheduler.DiscordEmulator.RateLimits;

/// <summary>
/// Endpoint metadata: how many requests a route's bucket allows per window, and whether the route
/// counts toward the global per-token limit (interaction callbacks and webhooks do not).
/// </summary>
public sealed record RateLimitPolicy(int Limit, TimeSpan Window, bool CountsTowardGlobal = true)
{
    public static readonly RateLimitPolicy Default = new(50, TimeSpan.FromSeconds(1));

    /// <summary>Message create, edit and delete: 5 per 5 s per channel.</summary>
    public static readonly RateLimitPolicy MessageWrites = new(5, TimeSpan.FromSeconds(5));

    public static readonly RateLimitPolicy InteractionResponses = new(50, TimeSpan.FromSeconds(1), CountsTowardGlobal: false);
}

public static class RateLimitPolicyExtensions
{
    public static TBuilder WithRateLimit<TBuilder>(this TBuilder builder, RateLimitPolicy policy)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(policy);
}
