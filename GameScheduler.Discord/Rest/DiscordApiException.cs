using System.Net;
using System.Text.Json;

namespace GameScheduler.Discord.Rest;

/// <summary>
/// Discord refused a REST request. <see cref="Code"/> is Discord's JSON error code (see <see cref="DiscordErrorCodes"/>),
/// 0 when the body had none; <see cref="Errors"/> is the raw per-field error tree of a 50035, if any.
/// </summary>
public sealed class DiscordApiException(HttpStatusCode status, int code, string discordMessage, string route, string? errors)
    : Exception($"Discord answered {(int)status} to {route}: {discordMessage} (code {code})")
{
    public HttpStatusCode Status { get; } = status;

    public int Code { get; } = code;

    public string DiscordMessage { get; } = discordMessage;

    /// <summary>Method and route template; never the path, which may hold an interaction token.</summary>
    public string Route { get; } = route;

    public string? Errors { get; } = errors;

    internal static async Task<DiscordApiException> ReadAsync(RestRoute route, HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        var (code, message, errors) = Parse(body);
        return new DiscordApiException(response.StatusCode, code, message ?? response.ReasonPhrase ?? "no message", route.Key, errors);
    }

    private static (int Code, string? Message, string? Errors) Parse(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (0, null, null);
            }

            var code = root.TryGetProperty("code", out var c) && c.TryGetInt32(out var number) ? number : 0;
            var message = root.TryGetProperty("message", out var m) ? m.GetString() : null;
            var errors = root.TryGetProperty("errors", out var e) ? e.GetRawText() : null;
            return (code, message, errors);
        }
        catch (JsonException)
        {
            return (0, null, null);
        }
    }
}
