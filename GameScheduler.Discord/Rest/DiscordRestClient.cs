using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GameScheduler.Discord.Rest.RateLimits;
using Microsoft.Extensions.Options;

namespace GameScheduler.Discord.Rest;

/// <summary>
/// Discord's REST API as the bot uses it, one partial file per resource area. Every request carries the bot token, goes
/// through the one <see cref="DiscordRateLimiter"/>, and a Discord error becomes a <see cref="DiscordApiException"/>.
/// Messages are checked against <see cref="Models.MessageLimits"/> before they leave.
/// </summary>
public sealed partial class DiscordRestClient(
    IHttpClientFactory httpClients, DiscordRateLimiter rateLimiter, IOptions<DiscordOptions> options)
{
    /// <summary>The named HttpClient this client sends with: bot authorization and User-Agent, no resilience handler.</summary>
    public const string HttpClientName = "GameScheduler.Discord.Rest";

    /// <summary>Discord's required form: <c>DiscordBot ($url, $versionNumber)</c>.</summary>
    public const string UserAgent = "DiscordBot (https://github.com/gamescheduler/gamescheduler, 1.0)";

    private string ApplicationId => options.Value.ApplicationId;

    internal static void Configure(HttpClient http, DiscordOptions discord)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", discord.BotToken);
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
    }

    private async Task<T> SendAsync<T>(RestRoute route, object? body, CancellationToken ct)
    {
        using var response = await SendCheckedAsync(route, body, ct);
        return await response.Content.ReadFromJsonAsync<T>(DiscordJson.Options, ct)
            ?? throw new DiscordApiException(response.StatusCode, 0, "empty response body", route.Key, null);
    }

    private async Task SendAsync(RestRoute route, object? body, CancellationToken ct)
    {
        using var response = await SendCheckedAsync(route, body, ct);
    }

    private async Task<HttpResponseMessage> SendCheckedAsync(RestRoute route, object? body, CancellationToken ct)
    {
        var json = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), DiscordJson.Options);
        var http = httpClients.CreateClient(HttpClientName);
        var url = options.Value.ApiUrl(route.Path.TrimStart('/'));
        var response = await rateLimiter.SendAsync(route, async attemptCt =>
        {
            using var request = new HttpRequestMessage(route.Method, url);
            if (json is not null)
            {
                request.Content = new ByteArrayContent(json) { Headers = { ContentType = new("application/json") } };
            }

            return await http.SendAsync(request, attemptCt);
        }, ct);

        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw await DiscordApiException.ReadAsync(route, response, ct);
            }
        }

        return response;
    }
}
