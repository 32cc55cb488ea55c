using System.Text.Json.Nodes;
using GameScheduler.DiscordEmulator.Interactions;
using GameScheduler.DiscordEmulator.Models;
using GameScheduler.DiscordEmulator.RateLimits;
using GameScheduler.DiscordEmulator.State;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace GameScheduler.DiscordEmulator.Rest;

/// <summary>
/// The interaction webhook, /webhooks/{application_id}/{interaction_token}: follow-up messages and
/// the original response, usable for 15 minutes once the interaction has been acknowledged.
/// </summary>
public static class WebhooksApi
{
    public static RouteGroupBuilder MapWebhooksApi(this RouteGroupBuilder api)
    {
        var webhook = api.MapGroup("/webhooks/{application_id}/{interaction_token}").WithRateLimit(RateLimitPolicy.InteractionResponses);
        webhook.MapPost("", CreateFollowup);
        webhook.MapGet("/messages/@original", GetOriginal);
        webhook.MapPatch("/messages/@original", EditOriginal);
        webhook.MapDelete("/messages/@original", DeleteOriginal);
        return api;
    }

    private static Results<Ok<Message>, DiscordError> CreateFollowup(
        [FromRoute(Name = "application_id")] string applicationId,
        [FromRoute(Name = "interaction_token")] string interactionToken,
        JsonNode body,
        InteractionStore interactions,
        IOptions<EmulatorOptions> options,
        MessagePayloadReader reader,
        MessageStore messages,
        DiscordDirectory directory)
    {
        var (interaction, error) = Resolve(applicationId, interactionToken, interactions, options.Value);
        if (interaction is null)
        {
            return error!;
        }

        if (!reader.TryRead(body, out var payload, out error))
        {
            return error;
        }

        if (payload.IsEmpty())
        {
            return DiscordError.EmptyMessage;
        }

        var flags = (payload.Flags ?? 0) & (MessageFlags.Ephemeral | MessageFlags.Settable);
        var followup = messages.Create(InteractionResponseMessages.Create(interaction.Payload, directory.Bot, payload, flags, Message.DefaultType));
        interaction.AddFollowup(followup.Id);
        return TypedResults.Ok(followup);
    }

    private static Results<Ok<Message>, DiscordError> GetOriginal(
        [FromRoute(Name = "application_id")] string applicationId,
        [FromRoute(Name = "interaction_token")] string interactionToken,
        InteractionStore interactions,
        IOptions<EmulatorOptions> options,
        MessageStore messages)
    {
        var (interaction, error) = Resolve(applicationId, interactionToken, interactions, options.Value);
        if (interaction is null)
        {
            return error!;
        }

        return OriginalOf(interaction, messages) is { } original ? TypedResults.Ok(original) : DiscordError.UnknownMessage;
    }

    private static Results<Ok<Message>, DiscordError> EditOriginal(
        [FromRoute(Name = "application_id")] string applicationId,
        [FromRoute(Name = "interaction_token")] string interactionToken,
        JsonNode body,
        InteractionStore interactions,
        IOptions<EmulatorOptions> options,
        MessagePayloadReader reader,
        MessageStore messages)
    {
        var (interaction, error) = Resolve(applicationId, interactionToken, interactions, options.Value);
        if (interaction is null)
        {
            return error!;
        }

        if (!reader.TryRead(body, out var changes, out error))
        {
            return error;
        }

        return messages.TryEdit(interaction.OriginalMessageId ?? "", changes, out var edited) switch
        {
            MessageEditStatus.Edited => TypedResults.Ok(edited!),
            MessageEditStatus.WouldBeEmpty => DiscordError.EmptyMessage,
            _ => DiscordError.UnknownMessage,
        };
    }

    private static Results<NoContent, DiscordError> DeleteOriginal(
        [FromRoute(Name = "application_id")] string applicationId,
        [FromRoute(Name = "interaction_token")] string interactionToken,
        InteractionStore interactions,
        IOptions<EmulatorOptions> options,
        MessageStore messages)
    {
        var (interaction, error) = Resolve(applicationId, interactionToken, interactions, options.Value);
        if (interaction is null)
        {
            return error!;
        }

        return messages.Delete(interaction.OriginalMessageId ?? "") ? TypedResults.NoContent() : DiscordError.UnknownMessage;
    }

    private static Message? OriginalOf(PendingInteraction interaction, MessageStore messages) =>
        interaction.OriginalMessageId is { } id ? messages.Find(id)?.Message : null;

    private static (PendingInteraction? Interaction, DiscordError? Error) Resolve(
        string applicationId, string interactionToken, InteractionStore interactions, EmulatorOptions options)
    {
        var interaction = interactions.FindByToken(interactionToken);
        if (applicationId != options.ApplicationId || interaction is null || !interaction.IsAcknowledged)
        {
            return (null, DiscordError.UnknownWebhook);
        }

        return interactions.IsTokenValid(interaction) ? (interaction, null) : (null, DiscordError.InvalidWebhookToken);
    }
}
