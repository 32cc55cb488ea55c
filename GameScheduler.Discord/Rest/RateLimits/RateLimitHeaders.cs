using System.Globalization;
using System.Net;
using System.Text.Json;

namespace GameScheduler.Discord.Rest.RateLimits;

/// <summary>What a response says about its bucket: <c>X-RateLimit-Remaining</c>, <c>-Reset-After</c> and <c>-Bucket</c>.</summary>
internal sealed record RateLimitHeaders(int? Remaining, TimeSpan? ResetAfter, string? Bucket)
{
    public static RateLimitHeaders Read(HttpResponseMessage response) => new(
        Header(response, "X-RateLimit-Remaining") is { } remaining ? int.Parse(remaining, CultureInfo.InvariantCulture) : null,
        Header(response, "X-RateLimit-Reset-After") is { } resetAfter ? Seconds(resetAfter) : null,
        Header(response, "X-RateLimit-Bucket"));

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));
}

/// <summary>
/// A 429: how long to wait, and whether the whole bot (<c>global</c>) or only this route's bucket is limited.
/// The body's <c>retry_after</c> (float seconds) is preciser than the <c>Retry-After</c> header (whole seconds); a 429 from
/// Discord's edge may have no JSON body at all.
/// </summary>
internal sealed record TooManyRequests(TimeSpan RetryAfter, bool Global)
{
    private static readonly TimeSpan Fallback = TimeSpan.FromSeconds(1);

    public static async Task<TooManyRequests> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var scopeIsGlobal = response.Headers.TryGetValues("X-RateLimit-Scope", out var scope) && scope.Contains("global")
            || response.Headers.Contains("X-RateLimit-Global");
        var headerRetryAfter = response.Headers.RetryAfter?.Delta;
        try
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            var root = body.RootElement;
            var retryAfter = root.TryGetProperty("retry_after", out var seconds) && seconds.TryGetDouble(out var value)
                ? TimeSpan.FromSeconds(value)
                : headerRetryAfter ?? Fallback;
            var global = root.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
            return new TooManyRequests(retryAfter, global || scopeIsGlobal);
        }
        catch (JsonException)
        {
            return new TooManyRequests(headerRetryAfter ?? Fallback, scopeIsGlobal);
        }
    }

    public static bool Is(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.TooManyRequests;
}
