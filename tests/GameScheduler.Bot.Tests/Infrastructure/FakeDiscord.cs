using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GameScheduler.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GameScheduler.Bot.Tests.Infrastructure;

/// <summary>
/// Discord's REST API as far as DMs, channel messages and interaction answers go: DM channels, messages (refused with
/// 50007 for users with closed DMs), posting and deleting channel messages (an unknown one answers 10008), interaction
/// callbacks and <c>@original</c> edits. Records every request.
/// </summary>
internal sealed partial class FakeDiscord : HttpMessageHandler
{
    private readonly ConcurrentQueue<(string Method, string Path, JsonElement? Body)> _requests = new();
    private readonly ConcurrentQueue<(string UserId, string Content)> _directMessages = new();
    private readonly HashSet<string> _closedDms = [];
    private readonly ConcurrentDictionary<string, bool> _failingDms = new();
    private readonly ConcurrentDictionary<string, (string ChannelId, string Content)> _channelMessages = new();

    public IReadOnlyCollection<(string Method, string Path, JsonElement? Body)> Requests => _requests;

    public IReadOnlyCollection<(string UserId, string Content)> DirectMessages => _directMessages;

    /// <summary>The channel messages posted and not deleted, by id.</summary>
    public IReadOnlyDictionary<string, (string ChannelId, string Content)> ChannelMessages => _channelMessages;

    public void CloseDirectMessages(string userId) => _closedDms.Add(userId);

    /// <summary>Answers DMs to <paramref name="userId"/> with a server error until <see cref="RepairDirectMessages"/>.</summary>
    public void BreakDirectMessages(string userId) => _failingDms[userId] = true;

    public void RepairDirectMessages(string userId) => _failingDms.TryRemove(userId, out _);

    /// <summary>DMs to <paramref name="userId"/> that were attempted, whether or not they were delivered.</summary>
    public int DirectMessageAttempts(string userId) =>
        _requests.Count(request => request.Method == "POST" && request.Path == $"/channels/dm-{userId}/messages");

    /// <summary>Registers <see cref="DiscordRestClient"/> as in production, sending to this fake.</summary>
    public IServiceCollection AddTo(IServiceCollection services)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:ApiBaseUrl"] = "https://discord.test/api/v10",
            ["Discord:BotToken"] = "test-bot-token",
            ["Discord:ApplicationId"] = "1100000000000000001",
        }).Build();
        services.AddDiscordRest(configuration);
        services.AddHttpClient(DiscordRestClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => this);
        return services;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath["/api/v10".Length..];
        JsonElement? body = request.Content is null
            ? null
            : JsonDocument.Parse(await request.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone();
        _requests.Enqueue((request.Method.Method, path, body));

        if (path == "/users/@me/channels")
        {
            var userId = body!.Value.GetProperty("recipient_id").GetString()!;
            return Json(HttpStatusCode.OK, new { id = $"dm-{userId}", type = 1 });
        }

        if (DirectMessagePath().Match(path) is { Success: true } dm)
        {
            var userId = dm.Groups["user"].Value;
            if (_failingDms.ContainsKey(userId))
            {
                return Json(HttpStatusCode.InternalServerError, new { message = "Internal Server Error", code = 0 });
            }

            if (_closedDms.Contains(userId))
            {
                return Json(HttpStatusCode.Forbidden, new { message = "Cannot send messages to this user", code = DiscordErrorCodes.CannotSendMessagesToThisUser });
            }

            _directMessages.Enqueue((userId, body!.Value.GetProperty("content").GetString()!));
            return Json(HttpStatusCode.OK, new { id = Guid.NewGuid().ToString("N"), channel_id = $"dm-{userId}", content = "" });
        }

        if (ChannelMessagePath().Match(path) is { Success: true } message)
        {
            var channelId = message.Groups["channel"].Value;
            if (request.Method == HttpMethod.Post && !message.Groups["message"].Success)
            {
                var id = Random.Shared.NextInt64(1_000_000_000_000_000, 9_000_000_000_000_000).ToString(CultureInfo.InvariantCulture);
                _channelMessages[id] = (channelId, body!.Value.TryGetProperty("content", out var content) ? content.GetString() ?? "" : "");
                return Json(HttpStatusCode.OK, new { id, channel_id = channelId, content = "" });
            }

            if (request.Method == HttpMethod.Delete)
            {
                return _channelMessages.TryRemove(message.Groups["message"].Value, out _)
                    ? new HttpResponseMessage(HttpStatusCode.NoContent)
                    : Json(HttpStatusCode.NotFound, new { message = "Unknown Message", code = DiscordErrorCodes.UnknownMessage });
            }
        }

        return path.EndsWith("/callback", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.NoContent)
            : Json(HttpStatusCode.OK, new { id = "1", channel_id = "1", content = "" });
    }

    private static HttpResponseMessage Json(HttpStatusCode status, object body) => new(status)
    {
        Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
    };

    [GeneratedRegex("^/channels/dm-(?<user>[0-9]+)/messages$")]
    private static partial Regex DirectMessagePath();

    [GeneratedRegex("^/channels/(?<channel>[0-9]+)/messages(/(?<message>[0-9]+))?$")]
    private static partial Regex ChannelMessagePath();
}
