using GameScheduler.Discord.Models;

namespace GameScheduler.Discord.Rest;

public sealed partial class DiscordRestClient
{
    public Task<Message> CreateMessageAsync(string channelId, OutgoingMessage message, CancellationToken ct)
    {
        MessageLimits.Validate(message);
        return SendAsync<Message>(RestRoute.Create(HttpMethod.Post, "/channels/{channel_id}/messages", channelId), message, ct);
    }

    public Task<Message> GetMessageAsync(string channelId, string messageId, CancellationToken ct) =>
        SendAsync<Message>(
            RestRoute.Create(HttpMethod.Get, "/channels/{channel_id}/messages/{message_id}", channelId, messageId), null, ct);

    /// <summary>Changes the fields <paramref name="message"/> sets and leaves the others.</summary>
    public Task<Message> EditMessageAsync(string channelId, string messageId, OutgoingMessage message, CancellationToken ct)
    {
        MessageLimits.Validate(message);
        return SendAsync<Message>(
            RestRoute.Create(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", channelId, messageId), message, ct);
    }

    public Task DeleteMessageAsync(string channelId, string messageId, CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Delete, "/channels/{channel_id}/messages/{message_id}", channelId, messageId), null, ct);
}
