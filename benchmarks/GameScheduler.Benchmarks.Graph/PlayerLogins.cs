using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GameScheduler.Benchmarks.Graph;

/// <summary>A Discord user with a live Api session.</summary>
public sealed record Player(string UserId, string SessionToken);

/// <summary>
/// Creates players in the emulator's guild and logs each in the way a browser does: the Api's login redirect, the
/// emulator's authorize shortcut (<c>emulator_user_id</c> approves at once), and the Api's callback setting the
/// <c>session_token</c> cookie.
/// </summary>
public sealed class PlayerLogins(Uri apiUrl, Uri discordUrl)
{
    private const int ConcurrentLogins = 16;

    /// <summary>Creates <paramref name="count"/> guild members named <paramref name="namePrefix"/> and a number, each logged in.</summary>
    public Task<Player[]> CreateAsync(int count, CancellationToken ct, string namePrefix = "bench") =>
        ForEachNewUserAsync(count, namePrefix, (userId, _) => LogInAsync(userId, ct), ct);

    /// <summary>Creates guild members who only act in Discord, so never log in to the Api; answers their user ids.</summary>
    public Task<string[]> CreateDiscordUsersAsync(int count, string namePrefix, CancellationToken ct) =>
        ForEachNewUserAsync(count, namePrefix, (userId, _) => Task.FromResult(userId), ct);

    private async Task<T[]> ForEachNewUserAsync<T>(int count, string namePrefix, Func<string, CancellationToken, Task<T>> then, CancellationToken ct)
    {
        using var emulator = new HttpClient { BaseAddress = discordUrl };
        using var opening = new SemaphoreSlim(ConcurrentLogins);
        return await Task.WhenAll(Enumerable.Range(0, count).Select(async index =>
        {
            await opening.WaitAsync(ct);
            try
            {
                return await then(await CreateUserAsync(emulator, $"{namePrefix}{index}", ct), ct);
            }
            finally
            {
                opening.Release();
            }
        }));
    }

    public async Task<Player> LogInAsync(string userId, CancellationToken ct)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies });
        var authorize = await RedirectTargetAsync(client, new Uri(apiUrl, "/api/v1/auth/login?return_to=%2F"), ct);
        var callback = await RedirectTargetAsync(client, new Uri($"{authorize}&emulator_user_id={userId}"), ct);
        await RedirectTargetAsync(client, callback, ct);
        var session = cookies.GetCookies(apiUrl)[ApiClient.SessionCookie]?.Value
            ?? throw new InvalidOperationException($"Logging in user {userId} set no {ApiClient.SessionCookie} cookie.");
        return new Player(userId, session);
    }

    private static async Task<string> CreateUserAsync(HttpClient emulator, string username, CancellationToken ct)
    {
        using var response = await emulator.PostAsJsonAsync("/_emulator/users", new { username, guild_ids = new[] { SeededGuild.Id } }, ct);
        response.EnsureSuccessStatusCode();
        using var user = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return user.RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<Uri> RedirectTargetAsync(HttpClient client, Uri url, CancellationToken ct)
    {
        using var response = await client.GetAsync(url, ct);
        if (response.StatusCode is not (HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect)
            || response.Headers.Location is not { } location)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}, not a redirect.");
        }

        return location.IsAbsoluteUri ? location : new Uri(url, location);
    }
}
