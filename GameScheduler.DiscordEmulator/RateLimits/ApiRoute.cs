using System.Security.Cryptography;
using System.Text;
using GameScheduler.DiscordEmulator.Rest;

namespace GameScheduler.DiscordEmulator.RateLimits;

/// <summary>
/// A REST request as the rate limiter sees it: method, route template (without /api/v10) and the
/// values of Discord's top-level parameters, which split one route into per-channel/guild buckets.
/// </summary>
public sealed record ApiRoute(string Method, string Template, string TopLevelIds)
{
    private static readonly string[] TopLevelParameters = ["channel_id", "guild_id", "interaction_token"];

    /// <summary>"PATCH /channels/{channel_id}/messages/{message_id}": the key of stats and injected faults.</summary>
    public string Key => $"{Method} {Template}";

    public string BucketKey => $"{Key} {TopLevelIds}";

    /// <summary>Discord's opaque X-RateLimit-Bucket value: the same for every top-level id of a route.</summary>
    public string BucketHash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)))[..32];

    public static ApiRoute Of(HttpContext context)
    {
        var pattern = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "";
        var template = "/" + pattern.Trim('/');
        if (template.StartsWith(DiscordApi.Prefix, StringComparison.Ordinal))
        {
            template = template[DiscordApi.Prefix.Length..];
        }

        var ids = TopLevelParameters
            .Select(name => context.Request.RouteValues.TryGetValue(name, out var value) ? value?.ToString() : null)
            .OfType<string>();
        return new ApiRoute(context.Request.Method, template, string.Join('/', ids));
    }
}
