using System.Collections.Concurrent;
using System.Net.Http.Headers;

namespace GameScheduler.Discord.Tests.Rest;

/// <summary>
/// Stands in for discord.com at the HTTP handler: records each request with the (fake) time it arrived, and answers with
/// whatever <see cref="Respond"/> says, Discord-shaped headers included.
/// </summary>
internal sealed class FakeDiscordApi(TimeProvider time) : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    public Func<RecordedRequest, HttpResponseMessage> Respond { get; set; } = _ => Json(HttpStatusCode.OK, "{}");

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public int Count => requests.Count;

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, MediaTypeHeaderValue.Parse("application/json")) };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public static HttpResponseMessage Message(string id = "1", string channelId = "10") =>
        Json(HttpStatusCode.OK, $$"""{"id":"{{id}}","channel_id":"{{channelId}}","content":""}""");

    /// <summary>Discord's 429: body with <c>retry_after</c> in float seconds, header rounded up, and the scope.</summary>
    public static HttpResponseMessage TooManyRequests(double retryAfter, bool global) => Json(
        HttpStatusCode.TooManyRequests,
        $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""",
        ("Retry-After", Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("X-RateLimit-Scope", global ? "global" : "user"));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("User-Agent", out var agents) ? string.Join(' ', agents) : null,
            request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken),
            time.GetUtcNow());
        requests.Enqueue(recorded);
        return Respond(recorded);
    }
}

internal sealed record RecordedRequest(
    HttpMethod Method, Uri Url, string? Authorization, string? UserAgent, string? Body, DateTimeOffset At)
{
    public string Path => Url.AbsolutePath;
}
