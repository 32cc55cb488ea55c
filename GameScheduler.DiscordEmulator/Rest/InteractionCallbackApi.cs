using System.Text.Json;
using System.Text.Json.Nodes;
using GameScheduler.DiscordEmulator.Interactions;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.RateLimits;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>
/// POST /interactions/{interaction_id}/{interaction_token}/callback: the bot's one answer to an
/// interaction, accepted within 3 s of the dispatch.
/// </summary>
public static class InteractionCallbackApi
{
    private static readonly MessagePayload NoChanges = new(Content: null, Embeds: null, Components: null, Flags: null, Tts: null);

    public static RouteGroupBuilder MapInteractionCallbackApi(this RouteGroupBuilder api)
    {
        api.MapPost("/interactions/{interaction_id}/{interaction_token}/callback", Respond)
            .WithRateLimit(RateLimitPolicy.InteractionResponses);
        return api;
    }

    private static Results<NoContent, DiscordError> Respond(
        [FromRoute(Name = "interaction_id")] string interactionId,
        [FromRoute(Name = "interaction_token")] string interactionToken,
        JsonNode body,
        InteractionStore interactions,
        DiscordJson json,
        MessagePayloadReader reader,
        MessageStore messages,
        DiscordDirectory directory)
    {
        var interaction = interactions.Find(interactionId);
        if (interaction is null || interaction.Payload.Token != interactionToken || !interactions.IsWithinCallbackWindow(interaction))
        {
            return DiscordError.UnknownInteraction;
        }

        if (!json.TryRead<InteractionCallback>(body, out var callback, out var error))
        {
            return error;
        }

        if (!IsAllowedType(callback.Type, interaction))
        {
            var errors = new FormErrors();
            errors.Add("type", "BASE_TYPE_CHOICES", $"Value must be one of {AllowedTypesText(interaction)}.");
            return errors.ToError();
        }

        var data = NoChanges;
        if (body["data"] is { } dataNode && !reader.TryRead(dataNode, out data, out error))
        {
            return error;
        }

        if (callback.Type == InteractionCallback.ChannelMessageWithSource && data.IsEmpty())
        {
            return DiscordError.EmptyMessage;
        }

        if (!interaction.TryAcknowledge())
        {
            return DiscordError.InteractionAlreadyAcknowledged;
        }

        var originalMessageId = ApplyCallback(callback.Type, data, interaction, messages, directory);
        interaction.CompleteCallback(JsonSerializer.SerializeToElement(body), originalMessageId);
        return TypedResults.NoContent();
    }

    /// <summary>Performs what the callback type means and returns the id of the interaction's original message.</summary>
    private static string ApplyCallback(int type, MessagePayload data, PendingInteraction interaction, MessageStore messages, DiscordDirectory directory)
    {
        var payload = interaction.Payload;
        switch (type)
        {
            case InteractionCallback.ChannelMessageWithSource:
                var replyFlags = (data.Flags ?? 0) & (MessageFlags.Ephemeral | MessageFlags.Settable);
                return messages.Create(InteractionResponseMessages.Create(payload, directory.Bot, data, replyFlags, InteractionResponseMessages.OriginalType(payload))).Id;
            case InteractionCallback.DeferredChannelMessageWithSource:
                // Discord shows "<bot> is thinking..." until the bot edits @original.
                var thinkingFlags = MessageFlags.Loading | ((data.Flags ?? 0) & MessageFlags.Ephemeral);
                return messages.Create(InteractionResponseMessages.Create(payload, directory.Bot, NoChanges, thinkingFlags, InteractionResponseMessages.OriginalType(payload))).Id;
            case InteractionCallback.UpdateMessage:
                messages.TryEdit(payload.Message!.Id, data, out _);
                return payload.Message.Id;
            default:
                return payload.Message!.Id;
        }
    }

    private static bool IsAllowedType(int type, PendingInteraction interaction) => type switch
    {
        InteractionCallback.ChannelMessageWithSource or InteractionCallback.DeferredChannelMessageWithSource => true,
        InteractionCallback.DeferredUpdateMessage or InteractionCallback.UpdateMessage => interaction.Payload.Message is not null,
        _ => false,
    };

    private static string AllowedTypesText(PendingInteraction interaction) =>
        interaction.Payload.Message is null ? "{4, 5}" : "{4, 5, 6, 7}";
}
