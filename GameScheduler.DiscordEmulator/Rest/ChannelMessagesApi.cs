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
        if (directory.FindChannel(channelId) is null)
        {
            return DiscordError.UnknownChannel;
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
        if (directory.FindChannel(channelId) is null)
        {
            return DiscordError.UnknownChannel;
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
        if (directory.FindChannel(channelId) is null)
        {
            return DiscordError.UnknownChannel;
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
        if (directory.FindChannel(channelId) is null)
        {
            return DiscordError.UnknownChannel;
        }

        return FindVisible(messages, channelId, messageId) is not null && messages.Delete(messageId)
            ? TypedResults.NoContent()
            : DiscordError.UnknownMessage;
    }

    /// <summary>Ephemeral interaction replies exist only for their user: the channel routes cannot see them.</summary>
    private static Message? FindVisible(MessageStore messages, string channelId, string messageId) =>
        messages.Find(messageId)?.Message is { } message
        && message.ChannelId == channelId
        && !MessageFlags.IsEphemeral(message.Flags)
            ? message
            : null;
}
