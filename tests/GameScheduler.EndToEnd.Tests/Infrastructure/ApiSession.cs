using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>An HTTP client logged in to the Api as one Discord user, sending what the web app sends.</summary>
public sealed class ApiSession(HttpClient client, CookieContainer cookies, Uri apiUrl, string userId) : IDisposable
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public HttpClient Client { get; } = client;

    public string UserId { get; } = userId;

    public string SessionToken => cookies.GetCookies(apiUrl)["session_token"]?.Value
        ?? throw new InvalidOperationException("The session has no session_token cookie.");

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path).WaitAsync(RequestTimeout);
        return await ReadSuccessAsync(response);
    }

    public async Task<JsonElement> PostJsonAsync(string path, object? body = null)
    {
        using var response = await Client.PostAsJsonAsync(path, body ?? new { }).WaitAsync(RequestTimeout);
        return await ReadSuccessAsync(response);
    }

    /// <summary>Creates a game through the Api (the caller must be allowed to host in the guild).</summary>
    public Task<JsonElement> CreateGameAsync(string guildId, string channelId, string title, int maxPlayers = 10,
        TimeSpan? startsIn = null) =>
        PostJsonAsync("/api/v1/games", new Dictionary<string, object>
        {
            ["guild_id"] = guildId,
            ["channel_id"] = channelId,
            ["title"] = title,
            ["scheduled_at"] = DateTimeOffset.UtcNow.Add(startsIn ?? TimeSpan.FromDays(2)).ToString("O"),
            ["max_players"] = maxPlayers,
        });

    private static async Task<JsonElement> ReadSuccessAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync().WaitAsync(RequestTimeout);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}",
                null, response.StatusCode);
        }

        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public void Dispose() => Client.Dispose();
}
