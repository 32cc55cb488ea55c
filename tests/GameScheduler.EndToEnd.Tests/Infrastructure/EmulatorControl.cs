using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace GameScheduler.EndToEnd.Tests.Infrastructure;

/// <summary>The emulator's control API (<c>/_emulator/</c>): act as Discord users and read what the bot left.</summary>
public sealed class EmulatorControl(HttpClient client)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private const int DeferredReply = 5;

    public static EmulatorControl For(GraphFixture graph) => new(graph.CreateHttpClient("discord"));

    public async Task<string> CreateUserAsync(string username, params string[] guildIds)
    {
        var user = await SendAsync(HttpMethod.Post, "/_emulator/users", new { username, guild_ids = guildIds });
        return user.GetProperty("id").GetString()!;
    }

    /// <summary>Clicks a message button as a user; answers the bot's interaction callback.</summary>
    public Task<JsonElement> ClickAsync(string userId, string channelId, string messageId, string customId) =>
        SendAsync(HttpMethod.Post, "/_emulator/interactions", new
        {
            type = "component",
            user_id = userId,
            channel_id = channelId,
            message_id = messageId,
            custom_id = customId,
        });

    /// <summary>
    /// Clicks a message button as a user and returns what the user finally reads: the bot's reply, or, when the bot
    /// acknowledged first ("thinking…"), the outcome it edits in afterwards. A click left unanswered throws (504).
    /// </summary>
    public async Task<string> ClickForOutcomeAsync(string userId, string channelId, string messageId, string customId, TimeSpan outcomeTimeout)
    {
        var (callback, headers) = await ExchangeAsync(HttpMethod.Post, "/_emulator/interactions", new
        {
            type = "component",
            user_id = userId,
            channel_id = channelId,
            message_id = messageId,
            custom_id = customId,
        });
        if (callback.GetProperty("type").GetInt32() != DeferredReply)
        {
            return callback.GetProperty("data").GetProperty("content").GetString() ?? "";
        }

        var interactionId = headers.GetValues("X-Emulator-Interaction-Id").Single();
        var answered = await Eventually.ReadsAsync(() => SendAsync(HttpMethod.Get, $"/_emulator/interactions/{interactionId}"),
            view => OriginalContent(view) is { Length: > 0 }, outcomeTimeout, $"the outcome of deferred interaction {interactionId}");
        return OriginalContent(answered)!;
    }

    private static string? OriginalContent(JsonElement interaction) =>
        interaction.GetProperty("original") is { ValueKind: JsonValueKind.Object } original && original.TryGetProperty("content", out var content)
            ? content.GetString()
            : null;

    /// <summary>Runs a slash command as a user, with options as Discord sends them (<see cref="CommandOption"/>); answers the bot's interaction callback.</summary>
    public Task<JsonElement> RunCommandAsync(string userId, string channelId, string name, params object[] options) =>
        SendAsync(HttpMethod.Post, "/_emulator/interactions", new { type = "command", user_id = userId, channel_id = channelId, name, options });

    /// <summary>A slash command option's value: type 3 string, 5 boolean, 7 channel (its id), as Discord numbers them.</summary>
    public static object CommandOption(string name, int type, object value) => new { name, type, value };

    /// <summary>The direct messages the bot sent a user, oldest first.</summary>
    public async Task<JsonElement[]> DirectMessagesAsync(string userId) =>
        (await SendAsync(HttpMethod.Get, $"/_emulator/users/{userId}/dms")).EnumerateArray().ToArray();

    /// <summary>Counts since the last reset: <c>rate_limited</c> (429s sent), <c>requests</c> and <c>message_edits</c>.</summary>
    public Task<JsonElement> StatsAsync() => SendAsync(HttpMethod.Get, "/_emulator/stats");

    public Task ResetStatsAsync() => SendAsync(HttpMethod.Post, "/_emulator/stats/reset");

    /// <summary>Makes the next <paramref name="count"/> requests to a Discord route fail with a server error.</summary>
    public Task InjectOutageAsync(string method, string route, int count = 1, int status = 503) =>
        SendAsync(HttpMethod.Post, "/_emulator/faults/outage", new { method, route, count, status });

    /// <summary>Drops the bot's gateway sockets without a close frame; the bot resumes and gets what it missed.</summary>
    public Task DisconnectGatewayAsync() => SendAsync(HttpMethod.Post, "/_emulator/gateway/disconnect");

    /// <summary>Creates a text channel as a guild administrator would, with overwrites shaped <c>{id, type, allow, deny}</c>.</summary>
    public async Task<string> CreateChannelAsync(string guildId, string name, params object[] permissionOverwrites)
    {
        var channel = await SendAsync(HttpMethod.Post, $"/_emulator/guilds/{guildId}/channels",
            new { name, type = 0, permission_overwrites = permissionOverwrites });
        return channel.GetProperty("id").GetString()!;
    }

    public Task DeleteChannelAsync(string channelId) => SendAsync(HttpMethod.Delete, $"/_emulator/channels/{channelId}");

    /// <summary>Ends the bot's sessions beyond resuming: it identifies again and receives each guild anew in GUILD_CREATE.</summary>
    public Task InvalidateSessionsAsync() => SendAsync(HttpMethod.Post, "/_emulator/gateway/invalid-session", new { resumable = false });

    public async Task<JsonElement[]> MessagesAsync(string channelId) =>
        (await SendAsync(HttpMethod.Get, $"/_emulator/channels/{channelId}/messages")).EnumerateArray().ToArray();

    public Task RemoveMemberAsync(string guildId, string userId) =>
        SendAsync(HttpMethod.Post, $"/_emulator/guilds/{guildId}/members/{userId}/remove");

    /// <summary>Gives a member exactly these roles, as a guild administrator would (GUILD_MEMBER_UPDATE follows).</summary>
    public Task ReplaceRolesAsync(string guildId, string userId, params string[] roleIds) =>
        SendAsync(HttpMethod.Put, $"/_emulator/guilds/{guildId}/members/{userId}/roles", new { role_ids = roleIds });

    public async Task<string> CreateRoleAsync(string guildId, string name) =>
        (await SendAsync(HttpMethod.Post, $"/_emulator/guilds/{guildId}/roles", new { name, permissions = "0" })).GetProperty("id").GetString()!;

    /// <summary>The user deauthorizes the app: Discord refuses their access and refresh tokens from now on.</summary>
    public Task RevokeTokensAsync(string userId) => SendAsync(HttpMethod.Post, $"/_emulator/users/{userId}/revoke-tokens");

    /// <summary>Removes the bot from a guild (GUILD_DELETE without <c>unavailable</c>); only a reset brings it back.</summary>
    public Task RemoveBotAsync(string guildId) => SendAsync(HttpMethod.Post, $"/_emulator/guilds/{guildId}/bot/remove");

    /// <summary>Back to the seed state; the bot identifies again and receives the seed's guilds.</summary>
    public Task ResetAsync() => SendAsync(HttpMethod.Post, "/_emulator/reset");

    /// <summary>Waits for the bot's announcement of a game: the message whose buttons name that game.</summary>
    public async Task<JsonElement> WaitForAnnouncementAsync(string channelId, string gameId, TimeSpan timeout) =>
        await Eventually.ReadsAsync(
            async () => (await MessagesAsync(channelId))
                .FirstOrDefault(message => message.GetRawText().Contains($"join_game:{gameId}", StringComparison.Ordinal)),
            announcement => announcement.ValueKind == JsonValueKind.Object, timeout, $"the announcement of game {gameId} in channel {channelId}");

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body = null) =>
        (await ExchangeAsync(method, path, body)).Body;

    private async Task<(JsonElement Body, HttpResponseHeaders Headers)> ExchangeAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request).WaitAsync(RequestTimeout);
        var text = await response.Content.ReadAsStringAsync().WaitAsync(RequestTimeout);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path} on the emulator answered {(int)response.StatusCode}: {text}",
                null, response.StatusCode);
        }

        return (text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response.Headers);
    }
}
