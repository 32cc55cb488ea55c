using System.Text.Json.Nodes;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.RateLimits;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>POST/GET/PATCH/DELETE /channels/{channel_id}/messages[/{message_id}].</summary>
public static class ChannelMessagesApi
{
    public static RouteGroupBuilder MapChannelMessagesApi(this RouteGroupBuilder api)
    {
        var messages = api.MapGroup("/channels/{channel_id}/messages").RequireAuthorization(DiscordAuthentication.BotPolicy);
        messages.MapPost("", CreateMessage).WithRateLimit(RateLimitPolicy.MessageWrites);
        messages.MapGet("/{message_id}", GetMessage);
        messages.MapPatch("/{message_id}", EditMessage).WithRateLimit(RateLimitPolicy.MessageWrites);
        messages.MapDelete("/{message_id}", DeleteMessage).WithRateLimit(RateLimitPolicy.MessageWrites);
        return api;
    }

    private static Results<Ok<Message>, DiscordError> CreateMessage(
        [FromRoute(Name = "channel_id")] string channelId,
        JsonNode body,
        DiscordDirectory directory,
        MessageStore messages,
        MessagePayloadReader reader)
    {
        if (Refusal(directory, channelId, Permissions.ViewChannel | Permissions.SendMessages) is { } refused)
        {
            return refused;
        }

        if (!reader.TryRead(body, out var payload, out var error))
        {
            return error;
        }

        if (payload.IsEmpty())
        {
            return DiscordError.EmptyMessage;
        }

        if (directory.DirectMessageRecipient(channelId) is { DmsClosed: true })
        {
            return DiscordError.CannotSendMessagesToUser;
        }

        var flags = (payload.Flags ?? 0) & MessageFlags.Settable;
        return TypedResults.Ok(messages.Create(new NewMessage(channelId, DiscordUser.From(directory.Bot), payload, flags)));
    }

    private static Results<Ok<Message>, DiscordError> GetMessage(
        [FromRoute(Name = "channel_id")] string channelId,
        [FromRoute(Name = "message_id")] string messageId,
        DiscordDirectory directory,
        MessageStore messages)
    {
        if (Refusal(directory, channelId, Permissions.ViewChannel | Permissions.ReadMessageHistory) is { } refused)
        {
            return refused;
        }

        return FindVisible(messages, channelId, messageId) is { } message ? TypedResults.Ok(message) : DiscordError.UnknownMessage;
    }

    private static Results<Ok<Message>, DiscordError> EditMessage(
        [FromRoute(Name = "channel_id")] string channelId,
        [FromRoute(Name = "message_id")] string messageId,
        JsonNode body,
        DiscordDirectory directory,
        MessageStore messages,
        MessagePayloadReader reader)
    {
        if (Refusal(directory, channelId, Permissions.ViewChannel | Permissions.SendMessages) is { } refused)
        {
            return refused;
        }

        if (FindVisible(messages, channelId, messageId) is null)
        {
            return DiscordError.UnknownMessage;
        }

        if (!reader.TryRead(body, out var changes, out var error))
        {
            return error;
        }

        return messages.TryEdit(messageId, changes, out var edited) switch
        {
            MessageEditStatus.Edited => TypedResults.Ok(edited!),
            MessageEditStatus.WouldBeEmpty => DiscordError.EmptyMessage,
            _ => DiscordError.UnknownMessage,
        };
    }

    private static Results<NoContent, DiscordError> DeleteMessage(
        [FromRoute(Name = "channel_id")] string channelId,
        [FromRoute(Name = "message_id")] string messageId,
        DiscordDirectory directory,
        MessageStore messages)
    {
        if (Refusal(directory, channelId, Permissions.ViewChannel) is { } refused)
        {
            return refused;
        }

        return FindVisible(messages, channelId, messageId) is not null && messages.Delete(messageId)
            ? TypedResults.NoContent()
            : DiscordError.UnknownMessage;
    }

    /// <summary>Unknown channel, or what Discord refuses the bot there (the permissions each route's documentation names).</summary>
    private static DiscordError? Refusal(DiscordDirectory directory, string channelId, ulong required) =>
        directory.FindChannel(channelId) is { } channel ? BotAccess.ToChannel(directory, channel, required) : DiscordError.UnknownChannel;

    /// <summary>Ephemeral interaction replies exist only for their user: the channel routes cannot see them.</summary>
    private static Message? FindVisible(MessageStore messages, string channelId, string messageId) =>
        messages.Find(messageId)?.Message is { } message
        && message.ChannelId == channelId
        && !MessageFlags.IsEphemeral(message.Flags)
            ? message
            : null;
}
