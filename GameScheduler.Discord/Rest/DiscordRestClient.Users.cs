using GameScheduler.Discord.Models;

namespace GameScheduler.Discord.Rest;

public sealed partial class DiscordRestClient
{
    /// <summary>The bot's own user.</summary>
    public Task<User> GetCurrentUserAsync(CancellationToken ct) =>
        SendAsync<User>(RestRoute.Create(HttpMethod.Get, "/users/@me"), null, ct);

    /// <summary>Opens (or finds) the DM channel with a user.</summary>
    public Task<Channel> CreateDirectMessageChannelAsync(string userId, CancellationToken ct) =>
        SendAsync<Channel>(RestRoute.Create(HttpMethod.Post, "/users/@me/channels"), new DirectMessageChannelRequest(userId), ct);

    /// <summary>
    /// Sends a user a DM. A user who does not accept DMs from the bot makes this throw a <see cref="DiscordApiException"/>
    /// with code <see cref="DiscordErrorCodes.CannotSendMessagesToThisUser"/>.
    /// </summary>
    public async Task<Message> SendDirectMessageAsync(string userId, OutgoingMessage message, CancellationToken ct)
    {
        MessageLimits.Validate(message);
        var channel = await CreateDirectMessageChannelAsync(userId, ct);
        return await CreateMessageAsync(channel.Id, message, ct);
    }
}

internal sealed record DirectMessageChannelRequest(string RecipientId);
