using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GameScheduler.Benchmarks.Graph;

/// <summary>
/// One connection pool to the Api shared by every player; each request carries its player's session cookie and the
/// anti-forgery header, as the web app's requests do.
/// </summary>
public sealed class ApiClient(Uri apiUrl) : IDisposable
{
    public const string SessionCookie = "session_token";

    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = apiUrl,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public async Task<HttpStatusCode> JoinAsync(Player player, Guid gameId, CancellationToken ct)
    {
        using var request = Request(HttpMethod.Post, $"/api/v1/games/{gameId}/join", player);
        using var response = await _client.SendAsync(request, ct);
        await response.Content.LoadIntoBufferAsync(ct);
        return response.StatusCode;
    }

    /// <summary>Creates a game two days ahead in the seeded guild's general channel; the rest comes from its default template.</summary>
    public async Task<Guid> CreateGameAsync(Player host, string title, int maxPlayers, CancellationToken ct)
    {
        using var request = Request(HttpMethod.Post, "/api/v1/games", host);
        request.Content = JsonContent.Create(new Dictionary<string, object>
        {
            ["guild_id"] = SeededGuild.Id,
            ["channel_id"] = SeededGuild.GeneralChannel,
            ["title"] = title,
            ["scheduled_at"] = DateTimeOffset.UtcNow.AddDays(2).ToString("O", CultureInfo.InvariantCulture),
            ["max_players"] = maxPlayers,
        });
        using var response = await _client.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating game '{title}' answered {(int)response.StatusCode}: {body}");
        }

        using var game = JsonDocument.Parse(body);
        return game.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>The id of the bot's announcement of the game, once the bot has posted it.</summary>
    public async Task<string?> AnnouncementIdAsync(Player viewer, Guid gameId, CancellationToken ct)
    {
        using var request = Request(HttpMethod.Get, $"/api/v1/games/{gameId}", viewer);
        using var response = await _client.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        using var game = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return game.RootElement.GetProperty("discord_message_id").GetString();
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, Player player)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", $"{SessionCookie}={player.SessionToken}");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        return request;
    }

    public void Dispose() => _client.Dispose();
}
